"""bargain: the three-step ladder, the discount cap, Tmall and fixed-price shops, bulk deals,
coupons and free-shipping requests, checked against example_shop.yaml.

The example shop: negotiable, max_discount 10, gift 一双加厚保暖棉袜, coupon 满199减10,
bulk 2 items at 0.95; promotion 双十二预热 runs 2026-11-20..2026-12-12 and
元旦新年福利 2027-01-01..2027-01-05. dress-floral costs 169元.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

import pytest
import yaml
from support import assert_says, last_reply, part_of

from botcore.conversation import Conversation
from botcore.shop import Shop, load_shop
from engine import Engine, Part, Reply

IN_PROMOTION = dt.datetime(2026, 12, 1, 10, 0)  # 双十二预热 is on
NO_PROMOTION = dt.datetime(2026, 12, 20, 10, 0)  # between the promotions
DRESS = "dress-floral"
GIFT = "一双加厚保暖棉袜"
#: A product of one price, for the quantities priced during a promotion.
WINE = {"id": "wine", "name": "清香小酒", "price": 89, "colours": ["原味"], "sizes": ["125ml×6瓶"]}


def ask(
    engine: Engine, text: str, *, conversation: Conversation | None = None, now: dt.datetime = NO_PROMOTION
) -> Reply:
    return engine.reply(text, conversation, item_id=DRESS, now=now)


def haggle(engine: Engine, messages: Sequence[str], *, now: dt.datetime = NO_PROMOTION) -> list[Reply]:
    """Send ``messages`` one after another in one conversation."""
    replies: list[Reply] = []
    conversation: Conversation | None = None
    for message in messages:
        reply = ask(engine, message, conversation=conversation, now=now)
        replies.append(reply)
        conversation = reply.conversation
    return replies


def bargain_part(reply: Reply) -> Part:
    return part_of(reply, "bargain")


def price_changes(reply: Reply) -> list[str]:
    return [action["discount"] for action in reply.actions if action.get("type") == "price_change"]


FIRST, SECOND, THIRD = "能便宜点吗", "再便宜一点嘛，真心想要", "老板再少点吧"


# --- the ladder ------------------------------------------------------------------------------


def test_ladder_holds_then_offers_gift_and_coupon_then_gives_the_max_discount(engine: Engine, shop: Shop) -> None:
    first, second, third = haggle(engine, [FIRST, SECOND, THIRD], now=IN_PROMOTION)
    promotion = shop.promotion(IN_PROMOTION.date())
    assert promotion is not None and promotion.name == "双十二预热"

    part = bargain_part(first)
    assert part.case == "hold_promotion"
    assert dict(part.facts) == {"promotion_name": "双十二预热", "promotion": promotion.description}
    assert_says(first, "双十二预热", promotion.description)
    assert first.conversation.bargain_round == 1
    assert price_changes(first) == []

    part = bargain_part(second)
    assert part.case == "gift_coupon"
    assert dict(part.facts) == {"gift": GIFT, "amount": "10元", "min_spend": "199元"}
    assert_says(second, GIFT, "10元", "199元")
    assert second.conversation.bargain_round == 2
    assert price_changes(second) == []

    part = bargain_part(third)
    assert (part.case, dict(part.facts)) == ("final", {"discount": "10元"})
    assert_says(third, "10元")
    assert third.conversation.bargain_round == 3
    assert price_changes(third) == ["10"]


@pytest.mark.parametrize(("negotiable", "case", "told"), [(True, "gift", False), (False, "fixed_product_coupon", True)])
def test_a_coupon_the_goods_are_far_from_reaching_is_not_offered_as_a_step_of_the_haggle(
        make_engine: Callable[..., Engine], negotiable: bool, case: str, told: bool) -> None:
    """A 99元 service and the shop's 满399减20: the order more than doubled to use it, no step of this haggle; where
    the price never moves, it is told all the same, as what lowers the price."""
    service = {"id": "sharpen", "name": "磨刀服务", "price": 99, "colours": ["普通"], "sizes": ["三把"],
               "negotiable": negotiable}
    engine = make_engine(products=[service], promotions=[],
                         bargain={"gift": "一块磨刀石", "coupon": {"amount": 20, "min_spend": 399}})
    first = engine.reply("能便宜点吗", item_id="sharpen", now=NO_PROMOTION)
    reply = engine.reply("80行不", first.conversation, item_id="sharpen", now=NO_PROMOTION)
    assert bargain_part(reply).case == case and ("399" in reply.text + reply.suggestion) is told


def test_first_ask_outside_any_promotion_just_holds(engine: Engine) -> None:
    reply = ask(engine, FIRST, now=NO_PROMOTION)
    part = bargain_part(reply)
    assert (part.case, dict(part.facts)) == ("hold", {})
    assert reply.mode == "auto"
    assert "双十二" not in reply.text and "元旦" not in reply.text
    assert reply.actions == ()


def test_first_ask_shows_whichever_promotion_is_on_that_day(engine: Engine) -> None:
    reply = ask(engine, FIRST, now=dt.datetime(2027, 1, 3, 20, 0))
    part = bargain_part(reply)
    assert (part.case, part.facts["promotion_name"]) == ("hold_promotion", "元旦新年福利")
    assert_says(reply, "元旦新年福利")


@pytest.mark.parametrize(
    ("third", "discount"),
    [
        ("便宜5块吧", "5"),
        ("那便宜五块钱行不行", "5"),
        ("少个8块吧", "8"),
        ("165块能卖吗", "4"),  # a price offer: 169 - 165
    ],
)
def test_final_gives_what_the_buyer_asked_when_it_is_below_the_max(engine: Engine, third: str, discount: str) -> None:
    *_, reply = haggle(engine, [FIRST, SECOND, third])
    part = bargain_part(reply)
    assert (part.case, dict(part.facts)) == ("final", {"discount": f"{discount}元"})
    assert price_changes(reply) == [discount]
    assert_says(reply, f"{discount}元")


@pytest.mark.parametrize("third", ["便宜50块可以吗", "少20元行吗", "100块能卖吗"])
def test_final_never_gives_more_than_the_max(engine: Engine, third: str) -> None:
    *_, reply = haggle(engine, [FIRST, SECOND, third])
    part = bargain_part(reply)
    assert (part.case, dict(part.facts)) == ("final", {"discount": "10元"})
    assert price_changes(reply) == ["10"]


@pytest.mark.parametrize("fourth", ["真的不能再便宜了吗", "再便宜30块吧"])
def test_fourth_ask_stays_within_the_max(engine: Engine, fourth: str) -> None:
    *_, reply = haggle(engine, [FIRST, SECOND, THIRD, fourth])
    part = bargain_part(reply)
    assert part.case == "final"
    assert [float(d) for d in price_changes(reply)] == [10.0]
    assert reply.conversation.bargain_round == 4


def test_shop_with_no_discount_ends_the_ladder_without_a_price_change(
    make_engine: Callable[..., Engine],
) -> None:
    no_discount = make_engine(bargain={"max_discount": 0})
    *_, reply = haggle(no_discount, [FIRST, SECOND, "便宜5块吧"])
    assert bargain_part(reply).case == "final_none"
    assert reply.actions == ()


# --- a sum said back to be confirmed -------------------------------------------------------------

@pytest.mark.parametrize(("text", "case", "fragments"), [
    ("这件是不是199", "price", ["169元"]),  # a bare sum: the dress is 169元, not 199
    ("89是吧", "price", ["169元"]),  # a sum asked back, not offered (no 行吗)
    ("两件150对吧", "price_total_bulk", ["321.1元"]),  # two at 95折
    ("6袋是不是47元", "price_total_bulk", ["963.3元"]),
])
def test_a_sum_said_back_is_told_what_it_really_comes_to(engine: Engine, text: str, case: str,
                                                           fragments: list[str]) -> None:
    reply = ask(engine, text)
    part = bargain_part(reply)
    assert part.case == case
    assert_says(reply, *fragments)


@pytest.mark.parametrize("text", ["这双是不是42", "40是吧"])
def test_a_size_said_back_is_no_sum(text: str) -> None:
    """Of shoes sold in 40 and 42 at 399元, 42 is a size said back, not a price."""
    shoes = Engine(load_shop("shoes"), rng=random.Random(0))
    reply = shoes.reply(text, item_id="run-shoe-x", now=NO_PROMOTION)
    assert reply.intents[0] != "bargain"


# --- shops that cannot bargain ------------------------------------------------------------------


def test_fixed_price_shop_never_bargains(make_engine: Callable[..., Engine]) -> None:
    fixed = make_engine(bargain={"negotiable": False, "coupon": None}, promotions=[])
    for reply in haggle(fixed, [FIRST, SECOND, "便宜5块吧"]):
        assert bargain_part(reply).case == "fixed"
        assert reply.actions == ()
        assert reply.mode == "auto"


@pytest.mark.parametrize(("running", "coupon", "case", "says"), [
    (True, True, "fixed_promotion_coupon", ["满299减30", "满199元减10元"]),
    (True, False, "fixed_promotion", ["满299减30"]),
    (False, True, "fixed_coupon", ["满199元减10元"]),
])
def test_a_shop_that_never_haggles_says_what_lowers_the_price_instead(
        make_engine: Callable[..., Engine], running: bool, coupon: bool, case: str, says: list[str]) -> None:
    engine = make_engine(bargain={"negotiable": False, **({} if coupon else {"coupon": None})})
    reply = engine.reply(FIRST, item_id=DRESS, now=dt.datetime(2026, 12, 5, 10) if running else NO_PROMOTION)
    assert bargain_part(reply).case == case and reply.mode == "auto"
    assert all(word in reply.text for word in says) and ("不议价" in reply.text or "不讲价" in reply.text)


@pytest.mark.parametrize(("changes", "case"), [
    ({"bargain": {"negotiable": False}}, "fixed_promotion_coupon"),
    ({"shop": {"platform": "tmall"}}, "tmall_promotion_coupon"),
])
@pytest.mark.parametrize("text", ["多少钱 能便宜点吗", "多少钱能便宜吗"])
def test_the_price_asked_beside_a_haggle_where_it_never_moves_is_told_first(
        make_engine: Callable[..., Engine], changes: dict[str, Any], case: str, text: str) -> None:
    reply = make_engine(**changes).reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 5, 10))
    # (a shop that never haggles gives its gift all the same, told last; Tmall's is a step of a haggle)
    gift = ["gift_also"] if "bargain" in changes else []
    assert [p.case for p in reply.parts] == ["price", case, *gift]
    assert reply.parts[0].facts["price"] == "169元" and "满299减30" in reply.parts[1].text  # told once, after it
    assert "满299减30" not in reply.parts[0].text


@pytest.mark.parametrize("then", ["两袋一起买多少钱 能便宜不", "两袋一起多少钱 能优惠点吗"])
def test_what_so_many_come_to_asked_beside_a_haggle_is_worked_out_with_the_deal_for_more(
        make_engine: Callable[..., Engine], then: str) -> None:
    """「5kg多少钱」 … 「两袋一起买多少钱 能便宜不」 where two are 95折: 2 × 239 × 0.95, not the rate alone."""
    food = {"id": "food", "name": "成猫粮", "price": 239, "colours": ["鸡肉味"], "sizes": ["5kg", "10kg"],
            "prices": {"10kg": 429}}
    engine = make_engine(products=[food], promotions=[], bargain={"bulk": {"min_items": 2, "rate": 0.95},
                                                                  "coupon": None})
    first = engine.reply("5kg多少钱", item_id="food", now=NO_PROMOTION)
    part = bargain_part(engine.reply(then, first.conversation, item_id="food", now=NO_PROMOTION))
    assert part.case == "price_total_bulk" and part.facts["total"] == "454.1元"


def test_what_one_comes_to_takes_its_own_cut_and_the_spend_off_its_rest_reaches(
        make_engine: Callable[..., Engine]) -> None:
    """「黑色4060多少钱 到手多少」 while 4060和4060Ti立减100 and 满1500减80 (with the 满800减20 coupon) run:
    2299 − 100 − 80 − 20 = 2099, not the spend-off alone."""
    card = {"id": "gpu", "name": "显卡", "price": 2299, "colours": ["黑色"], "sizes": ["4060 8G", "4060Ti 8G"],
            "prices": {"4060Ti 8G": 2999}, "variant_aliases": {"4060 8G": ["4060"], "4060Ti 8G": ["4060ti"]}}
    promotions = [{"name": "显卡立减", "description": "RTX4060和4060Ti显卡下单立减100元,结算自动减",
                   "start": "2026-12-01", "end": "2026-12-12", "products": ["gpu"]},
                  {"name": "装机满减", "description": "全店满1500减80,可以和店铺券一起用",
                   "start": "2026-12-01", "end": "2026-12-14"}]
    engine = make_engine(products=[card], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 20, "min_spend": 800}})
    part = bargain_part(engine.reply("黑色4060多少钱 到手多少", item_id="gpu", now=dt.datetime(2026, 12, 8, 20)))
    assert part.facts["net"] == "2099元"


#: A food in two bags of different prices, for the counts haggled over.
CAT_FOOD = {"id": "catfood", "name": "成猫粮", "price": 239, "colours": ["鸡肉味"], "sizes": ["5kg", "10kg"],
            "prices": {"10kg": 429}}


@pytest.mark.parametrize(("changes", "plain", "lines", "case", "facts"), [
    # 2 × 239 = 478 reaches 满299减30 (which does not say it takes the coupon too): 448
    ({"bargain": {"negotiable": False}}, "fixed", ["5kg的买两袋能便宜点吗"], "price_total_off",
     {"total": "478元", "net": "448元"}),
    ({"shop": {"platform": "tmall"}}, "tmall", ["5kg的买两袋能便宜点吗"], "price_total_off",
     {"total": "478元", "net": "448元"}),
    # the size talked of before: two of it
    ({"bargain": {"negotiable": False}}, None, ["5kg多少钱", "能便宜点吗 买两袋"], "price_total_off",
     {"total": "478元", "net": "448元"}),
    # twenty reach the rate for many, worked out once (not told again after it)
    ({"shop": {"platform": "tmall"}, "bargain": {"bulk": {"min_items": 10, "rate": 0.9}}}, "tmall",
     ["10kg的要买20袋 能便宜点吗"], "price_total_bulk_terms", {"total": "7722元", "rate": "9折"}),
])
def test_a_count_haggled_over_where_the_price_never_moves_is_told_what_it_comes_to(
        make_engine: Callable[..., Engine], shop: Shop, changes: dict[str, Any], plain: str | None,
        lines: list[str], case: str, facts: dict[str, str]) -> None:
    changes = changes | {"bargain": {"bulk": None, **changes.get("bargain", {})}}
    engine = make_engine(products=[*shop.model_dump()["products"], CAT_FOOD], **changes)
    conversation = None
    for line in lines:
        reply = engine.reply(line, conversation, item_id="catfood", now=dt.datetime(2026, 12, 5, 10))
        conversation = reply.conversation
    told = [p for p in reply.parts if p.case != "gift_also"]  # (the gift of a shop that never haggles, beside)
    assert [p.case for p in told] == ([plain] if plain else []) + [case]
    assert {key: told[-1].facts[key] for key in facts} == facts and reply.mode == "auto"
    assert all(value in reply.text for value in facts.values())
    # no count said, no size talked of: the deals, no sum
    alone = engine.reply("能便宜点吗 买两袋", item_id="catfood", now=dt.datetime(2026, 12, 5, 10))
    assert not any(p.case.startswith("price_total") for p in alone.parts)


@pytest.mark.parametrize(("text", "gift"), [("五座全套多少钱", True), ("前排多少钱", False)])
def test_the_price_of_a_variant_tells_the_products_own_gift_for_it_beside_the_cut(
        make_engine: Callable[..., Engine], text: str, gift: bool) -> None:
    """Mats during 满300减30 and their own 拍五座全套送后备箱垫: the set's price names both, the front pair's
    (not given the trunk mat, short of 300) neither."""
    mats = {"id": "mats", "name": "TPE脚垫", "price": 259, "colours": ["黑色"], "sizes": ["前排", "五座全套"],
            "prices": {"五座全套": 399}}
    promotions = [{"name": "脚垫加赠", "description": "拍五座全套送后备箱垫一张。", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["mats"]},
                  {"name": "年终好价", "description": "全店满300减30,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[mats], promotions=promotions)
    reply = engine.reply(text, item_id="mats", now=dt.datetime(2026, 12, 5, 10))
    assert ("后备箱垫" in reply.text) is gift and ("满300减30" in reply.text) is gift
    if gift:
        part = bargain_part(reply)
        assert (part.case, part.facts["price"], part.facts["promotion_name"]) == (
            "price_promotions", "399元", "脚垫加赠、年终好价")


@pytest.mark.parametrize(("item", "case"), [("sampler", "promotion_not_for"), ("cake", "promotions")])
def test_a_promotion_whose_terms_leave_the_product_out_by_name_is_said_not_for_it(
        make_engine: Callable[..., Engine], item: str, case: str) -> None:
    """「参加双十二满减吗」 on the 试喝装's page while the terms say 试喝装不参加满减: no, not its terms read out."""
    sampler = {"id": "sampler", "name": "六款名茶试喝装", "aliases": ["试喝装"], "price": 29.9, "colours": ["六款"],
               "sizes": ["一盒"]}
    cake = sampler | {"id": "cake", "name": "老白茶饼", "aliases": ["白茶饼"], "price": 328}
    promotions = [{"name": "双十二年终茶会", "description": "全店满300减30;试喝装不参加满减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[sampler, cake], promotions=promotions, bargain={"coupon": None})
    part = bargain_part(engine.reply("参加双十二满减吗", item_id=item, now=dt.datetime(2026, 12, 10, 16)))
    assert part.case.startswith(case)


def test_sums_at_each_price_name_only_the_terms_that_moved_them(make_engine: Callable[..., Engine]) -> None:
    """「买两盒多少钱」 of cards at 15.9元 and 29.9元 while 第二件半价 and 满199减20 run: the half price, not a
    满199减20 that even two of the dearer (59.8元) fall short of."""
    cards = {"id": "uno", "name": "UNO牌", "price": 15.9, "colours": ["红盒"], "sizes": ["纸质版", "防水版"],
             "prices": {"防水版": 29.9}}
    promotions = [{"name": "年终盛典", "description": "全店满199减20,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"},
                  {"name": "UNO第二件半价", "description": "UNO牌同款买两件,第二件半价。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["uno"]}]
    engine = make_engine(products=[cards], promotions=promotions, bargain={"bulk": None, "coupon": None})
    reply = engine.reply("买两盒多少钱", item_id="uno", now=dt.datetime(2026, 12, 5, 10))
    part = bargain_part(reply)
    assert (part.case, part.facts["promotion_name"]) == ("prices_total_off", "UNO第二件半价")
    assert "23.85元" in reply.text and "44.85元" in reply.text and "满199减20" not in reply.text


def test_a_count_after_a_gift_asked_between_is_of_the_size_priced_before(make_engine: Callable[..., Engine]) -> None:
    """「40寸多少钱」 … 「送点啥呗」 … 「买两把呢」 of a guitar priced by its size, whatever its colour: two 40寸."""
    guitar = {"id": "guitar", "name": "民谣吉他", "price": 299, "colours": ["原木色", "黑色"],
              "sizes": ["38寸", "40寸", "41寸"], "prices": {"40寸": 329, "41寸": 359}}
    engine = make_engine(products=[guitar], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(last_reply(engine, ("40寸多少钱", "送点啥呗", "买两把呢"), "guitar", NO_PROMOTION))
    assert (part.case, part.facts["quantity"], part.facts["total"]) == ("price_total", 2, "658元")


def test_two_after_a_price_are_two_of_it_where_a_size_is_also_called_by_a_count(
        make_engine: Callable[..., Engine]) -> None:
    """「散热片版1t多少钱」 … 「两个呢」 of a disk whose 2TB is also called 两个t: two of the 1TB, 958元."""
    disk = {"id": "ssd", "name": "固态硬盘", "price": 449, "colours": ["标准版", "散热片版"], "sizes": ["1TB", "2TB"],
            "prices": {"散热片版 1TB": 479, "标准版 2TB": 799, "散热片版 2TB": 829},
            "variant_aliases": {"1TB": ["1t"], "2TB": ["2t", "两个t"]}}
    engine = make_engine(products=[disk], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(last_reply(engine, ("散热片版1t多少钱", "两个呢"), "ssd", NO_PROMOTION))
    assert (part.case, part.facts["quantity"], part.facts["total"]) == ("price_total", 2, "958元")


def test_pieces_wanted_of_goods_sold_by_the_hundred_are_priced_as_so_many_hundreds(
        make_engine: Callable[..., Engine]) -> None:
    """「空盒要300个多少钱」 of wedding candy boxes sold by the hundred: three hundreds, 177元, not 300 of them."""
    boxes = {"id": "boxes", "name": "喜糖盒(100个装)", "price": 59, "colours": ["中国红"],
             "sizes": ["100个空盒", "100个含糖"], "prices": {"100个含糖": 239},
             "variant_aliases": {"100个空盒": ["空盒"]}}
    engine = make_engine(products=[boxes], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("空盒要300个多少钱", item_id="boxes", now=NO_PROMOTION))
    assert (part.case, part.facts["quantity"], part.facts["total"]) == ("price_total", 3, "177元")


@pytest.mark.parametrize(("text", "offer"), [
    ("两件300行不行", True),  # 169元 each: 150 offered for one
    ("160能卖吗", True),
    ("两条280可以吗", True),
    ("两条280包邮可以吗", True),  # (the shipping asked beside it is the offer's)
    ("黑色M码 120块出不", True),  # 出: would it be sold for that, not whether it is there
    ("两件338行不行", False),  # what two cost: taken, their sum told
    ("两件多少钱", False),
    ("170可以吗", False),  # the buyer's height
])
@pytest.mark.parametrize(("changes", "haggled"), [
    ({}, ("hold", "hold_promotion", "counter", "counter_promotion", "final", "final_promotion")),
    ({"shop": {"platform": "tmall"}}, ("tmall", "tmall_coupon")),
])
def test_a_sum_offered_for_the_goods_is_haggled_over_not_priced(
        make_engine: Callable[..., Engine], text: str, offer: bool, changes: dict[str, Any],
        haggled: tuple[str, ...]) -> None:
    reply = make_engine(**changes).reply(text, item_id=DRESS, now=NO_PROMOTION)
    cases = [part.case for part in reply.parts]
    assert (cases[0] in haggled) is offer, cases
    if not offer:
        assert not any(case.startswith(("hold", "counter", "final", "tmall")) for case in cases)


def test_tmall_shop_cannot_change_the_price(make_engine: Callable[..., Engine]) -> None:
    tmall = make_engine(shop={"platform": "tmall"}, bargain={"coupon": None})
    for reply in haggle(tmall, [FIRST, SECOND, "便宜5块吧"], now=NO_PROMOTION):
        assert bargain_part(reply).case == "tmall"
        assert reply.actions == ()
        assert_says(reply, "天猫")


def test_tmall_shop_points_to_its_coupon_and_the_running_promotion(make_engine: Callable[..., Engine]) -> None:
    tmall = make_engine(shop={"platform": "tmall"})  # coupon 满199减10
    reply = ask(tmall, FIRST, now=NO_PROMOTION)
    part = bargain_part(reply)
    assert (part.case, part.facts["min_spend"], part.facts["amount"]) == ("tmall_coupon", "199元", "10元")
    assert_says(reply, "199", "10")
    reply = ask(tmall, FIRST, now=IN_PROMOTION)
    part = bargain_part(reply)
    assert (part.case, part.facts["promotion_name"]) == ("tmall_promotion_coupon", "双十二预热")
    assert_says(reply, "双十二预热", "199")
    assert reply.actions == ()
    without_coupon = make_engine(shop={"platform": "tmall"}, bargain={"coupon": None})
    assert bargain_part(ask(without_coupon, FIRST, now=IN_PROMOTION)).case == "tmall_promotion"


# --- bulk, coupons, free shipping -------------------------------------------------------------


@pytest.mark.parametrize("message", ["买两件有优惠吗", "三件一起拍能打折吗", "连衣裙和大衣一起买能便宜多少"])
def test_bulk_deal_quotes_min_items_and_rate(engine: Engine, message: str) -> None:
    reply = ask(engine, message)
    part = bargain_part(reply)
    assert (part.case, dict(part.facts)) == ("bulk", {"min_items": 2, "rate": "95折"})
    assert_says(reply, "2件", "95折")


@pytest.mark.parametrize("message", ["我们跑团一起买12双", "公司团购30件"])
def test_many_bought_at_once_by_a_group_is_the_bulk_deal(engine: Engine, message: str) -> None:
    """「我们跑团一起买12双」: the shop's terms for many (its 2件 95折), not an unknown for a person with nothing."""
    reply = ask(engine, message)
    assert reply.intents[0] == "bargain" and "95折" in reply.text + reply.suggestion


def test_shop_without_a_bulk_deal_says_so_and_names_its_coupon(make_engine: Callable[..., Engine]) -> None:
    no_bulk = make_engine(bargain={"bulk": None})
    reply = ask(no_bulk, "买两件有优惠吗")
    assert bargain_part(reply).case == "no_bulk_coupon"
    assert_says(reply, "199", "10")
    nothing = make_engine(bargain={"bulk": None, "coupon": None, "gift": None})
    assert bargain_part(ask(nothing, "买两件有优惠吗")).case == "no_bulk"
    giving = make_engine(bargain={"bulk": None, "coupon": None, "gift": "刷子清洁垫一个"})
    reply = ask(giving, "能便宜点吗 便宜点我就买两件")  # no rate for more, and the gift it gives
    assert [part.case for part in reply.parts] == ["no_bulk", "gift_also"] and "刷子清洁垫一个" in reply.text


def test_a_haggle_in_a_shop_that_never_haggles_is_told_the_gift_it_gives(make_engine: Callable[..., Engine]) -> None:
    """「老板便宜点呗」 of a shop that never haggles and writes 送车锁和打气筒: 不讲价, and the gift all the same."""
    engine = make_engine(bargain={"negotiable": False, "gift": "送车锁和打气筒", "coupon": None}, promotions=[])
    reply = engine.reply("老板便宜点呗", item_id=DRESS, now=NO_PROMOTION)
    assert [p.case for p in reply.parts] == ["fixed", "gift_also"] and "车锁和打气筒" in reply.text
    # (a gift given on a condition, 拍满99元送, is not said to come with every order)
    engine = make_engine(bargain={"negotiable": False, "gift": "分类盘一套(拍满99元送)", "coupon": None}, promotions=[])
    assert [p.case for p in engine.reply("老板便宜点呗", item_id=DRESS, now=NO_PROMOTION).parts] == ["fixed"]


@pytest.mark.parametrize(("written", "told"), [
    ("送一支同色鞋油和一个鞋拔", "送您一支同色鞋油和一个鞋拔"),  # the wordings say 送 themselves: not 送您送
    ("下单就赠送：鞋油一支", "送您鞋油一支"),
    ("赠品小样三件", "送您赠品小样三件"),  # 赠品 is the thing given
])
def test_a_gift_written_with_the_word_that_gives_is_told_once(make_engine: Callable[..., Engine], written: str,
                                                              told: str) -> None:
    engine = make_engine(bargain={"gift": written, "coupon": None})
    reply = haggle(engine, ["能便宜点吗", "再便宜点呗"])[1]
    assert (bargain_part(reply).case, told in reply.text, "送送" in reply.text) == ("gift", True, False)


@pytest.mark.parametrize(("terms", "coupon", "case"), [
    ("下单送同色收纳袋一个", None, "no_bulk_gift"),  # a gift alone: nothing off for more, and the gift
    ("下单送同色收纳袋一个", {"amount": 10, "min_spend": 199}, "no_bulk_gift_coupon"),
    ("满300减30", None, "price_total_off"),  # a cut three reach (507元): what they come to with it
])
def test_more_asked_for_less_while_only_a_gift_runs_is_told_there_is_no_rate_and_the_gift(
        make_engine: Callable[..., Engine], terms: str, coupon: dict[str, int] | None, case: str) -> None:
    promotions = [{"name": "冬季焕新", "description": terms, "start": "2026-12-01", "end": "2026-12-15"}]
    engine = make_engine(bargain={"bulk": None, "coupon": coupon}, promotions=promotions)
    reply = engine.reply("买3件能便宜吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 14))
    part = bargain_part(reply)
    assert (part.case, part.facts["promotion"]) == (case, terms)
    assert ("多件" in reply.text and "没有" in reply.text) == case.startswith("no_bulk")
    assert ("199" in reply.text) == (coupon is not None)


@pytest.mark.parametrize(
    ("now", "case", "shows_promotion"),
    [(IN_PROMOTION, "promotions_coupon", True), (NO_PROMOTION, "coupon_only", False)],
)
def test_coupon_question_answers_without_starting_the_ladder(
    engine: Engine, now: dt.datetime, case: str, shows_promotion: bool
) -> None:
    coupon, ask_price = haggle(engine, ["有优惠券吗", FIRST], now=now)
    part = bargain_part(coupon)
    assert part.case == case
    assert (part.facts["amount"], part.facts["min_spend"]) == ("10元", "199元")
    assert ("promotion_name" in part.facts) is shows_promotion
    assert_says(coupon, "10元", "199元")
    assert coupon.conversation.bargain_round == 0
    assert bargain_part(ask_price).case in ("hold", "hold_promotion")
    assert ask_price.conversation.bargain_round == 1


def test_a_coupon_written_as_threshold_minus_cut_is_a_coupon_question(engine: Engine) -> None:
    reply = ask(engine, "199-10的券能用吗", now=IN_PROMOTION)
    part = bargain_part(reply)
    # (while 满299减30 runs, the 169元 dress is short of the coupon all the same: by how much)
    assert (part.case, part.facts["short"]) == ("coupon_short", "30元")
    assert (part.facts["amount"], part.facts["min_spend"]) == ("10元", "199元")
    assert reply.conversation.bargain_round == 0


@pytest.mark.parametrize("message", ["满多少能用", "满多少钱才可以用"])
def test_how_much_a_coupon_needs_is_its_threshold_not_free_shippings(engine: Engine, message: str) -> None:
    _, reply = haggle(engine, ["有优惠券吗", message])
    part = bargain_part(reply)
    assert (part.case, part.facts["amount"], part.facts["min_spend"]) == ("coupon_only", "10元", "199元")
    assert reply.conversation.bargain_round == 0


@pytest.mark.parametrize("message", ["10元的卷怎么用", "店铺卷在哪领"])  # 券 typed as 卷
def test_a_coupon_typed_as_a_roll_is_still_a_coupon(engine: Engine, message: str) -> None:
    assert ask(engine, message).intents[0] == "bargain"


def test_coupon_question_between_asks_does_not_skip_a_step(engine: Engine) -> None:
    _, _, second_ask = haggle(engine, [FIRST, "有优惠券吗", SECOND])
    assert bargain_part(second_ask).case == "gift_coupon"
    assert second_ask.conversation.bargain_round == 2
    assert second_ask.actions == ()


@pytest.mark.parametrize("message", ["包邮吧", "给包个邮呗", "包油吧亲"])  # (包油 as it sounds)
def test_asking_for_free_shipping_quotes_the_threshold(engine: Engine, message: str) -> None:
    reply = ask(engine, message)
    part = bargain_part(reply)
    assert (part.case, dict(part.facts)) == ("free_shipping", {"threshold": "99元", "base_fee": "8元"})
    assert_says(reply, "99元", "8元")
    assert reply.conversation.bargain_round == 0


@pytest.mark.parametrize(
    ("free_shipping_over", "case", "facts"),
    [(0, "free_shipping_always", {}), (None, "free_shipping_no", {"base_fee": "8元"})],
)
def test_asking_for_free_shipping_follows_the_shops_fee_rule(
    make_engine: Callable[..., Engine], free_shipping_over: float | None, case: str, facts: dict[str, str]
) -> None:
    shop_engine = make_engine(shipping={"free_shipping_over": free_shipping_over})
    part = bargain_part(ask(shop_engine, "包邮吧"))
    assert (part.case, dict(part.facts)) == (case, facts)


@pytest.mark.parametrize(("offer", "discount"), [("165能卖吗", "4元"), ("150可以吗", "10元")])
def test_a_plain_price_offer_is_read_against_the_price(engine: Engine, offer: str, discount: str) -> None:
    """169元 dress: 165 asks 4元 off; 150 asks 19元, more than the 10元 the shop allows."""
    third_round = Conversation(bargain_round=2, last_intents=("bargain",))
    part = bargain_part(engine.reply(offer, third_round, item_id="dress-floral", now=IN_PROMOTION))
    assert (part.case, part.facts["discount"]) == ("final", discount)


# --- any shop: the price asked, a product's own terms, the platform's way -------------------


@pytest.mark.parametrize(
    ("message", "case", "says"),
    [
        # its price, and 牛肉干第二件半价 that runs (not one's price to sum)
        ("1kg多少钱", "price_promotions", "199元"),
        ("两斤装多少钱啊", "price_promotions", "199元"),  # the shop's alias of 1kg
        # the prices, and the promotion that moves them (牛肉干第二件半价; not 满199减20, out of any one's reach)
        ("多少钱", "prices_terms", "250g 59元、500g 108元、1kg 199元"),
        # what the price is of, asked: the variant named (一斤 is 500g), else every variant's price
        ("是一斤的价吗", "price_promotions", "500g是108元"),
        ("价格是一个的吗", "prices_terms", "250g 59元、500g 108元、1kg 199元"),
    ],
)
def test_the_price_of_the_item_or_the_variant_named(message: str, case: str, says: str) -> None:
    engine = Engine(load_shop("snacks"), rng=random.Random(0))
    part = engine.reply(message, item_id="jerky", now=dt.datetime(2026, 12, 1, 10, 0)).parts[0]
    assert part.case == case
    assert says in part.text


@pytest.mark.parametrize(
    ("message", "now", "case", "facts"),
    [
        ("250g和500g分别多少钱", dt.datetime(2026, 12, 20, 10), "prices", {"prices": "250g 59元、500g 108元"}),
        # (216元 reaches the shop's 满99减5 coupon: less it)
        ("两袋500g的多少钱", dt.datetime(2026, 12, 20, 10), "price_total_coupon",
         {"price": "108元", "total": "216元", "net": "211元"}),
        # during 牛肉干第二件半价 (to 12-15) two come to 216 − 54 = 162元, short of 双十二年货节's 满199减20
        ("两袋500g的多少钱", dt.datetime(2026, 12, 1, 10), "price_total_off",
         {"price": "108元", "net": "162元", "promotion_name": "牛肉干第二件半价"}),
    ],
)
def test_several_variants_and_several_of_one_are_priced(
    message: str, now: dt.datetime, case: str, facts: dict[str, str],
) -> None:
    engine = Engine(load_shop("snacks"), rng=random.Random(0))
    part = part_of(engine.reply(message, item_id="jerky", now=now), "bargain")
    assert part.case == case
    assert {k: part.facts[k] for k in facts} == facts


def test_several_of_a_size_at_the_bulk_rate(engine: Engine) -> None:
    part = bargain_part(ask(engine, "两件M码多少钱"))  # 169元, 2 items or more at 95折
    assert (part.case, part.facts["price"], part.facts["rate"], part.facts["total"]) == \
        ("price_total_bulk", "169元", "95折", "321.1元")


@pytest.mark.parametrize("message", ["价格能不能低点", "能便宜多少钱"])
def test_asking_for_less_is_bargaining_not_a_price_question(engine: Engine, message: str) -> None:
    assert engine.reply(message, item_id="dress-floral").parts[0].case not in ("price", "prices")


def test_a_jd_shop_gives_its_final_discount_as_a_coupon_within_the_products_cap() -> None:
    engine = Engine(load_shop("shoes"), rng=random.Random(0))
    conversation = None
    for message in ("能便宜点吗", "再便宜点嘛", "最低多少 给个实在价"):
        reply = engine.reply(message, conversation, item_id="down-jacket-men", now=dt.datetime(2026, 12, 1, 10, 0))
        conversation = reply.conversation
    part = reply.parts[0]
    assert (part.case, part.facts["discount"]) == ("final_coupon", "30元")  # the jacket's own cap, over the shop's 20
    assert "先别付款" not in reply.text + reply.suggestion
    assert reply.actions[0]["type"] == "coupon"


def test_a_categorys_terms_sit_between_the_products_and_the_shops(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"categories": {"连衣裙": {"negotiable": False}, "卫衣": {"max_discount": 5}}})
    dress = engine.reply("能便宜点吗", item_id="dress-floral", now=dt.datetime(2026, 12, 20, 10, 0)).parts[0]
    assert (dress.case, dress.facts["product"]) == ("fixed_product_coupon", "法式碎花长袖连衣裙")  # (and the coupon)
    conversation = None
    for message in ("能便宜点吗", "再便宜点嘛", "最低多少"):
        reply = engine.reply(message, conversation, item_id="hoodie-fleece", now=dt.datetime(2026, 12, 20, 10, 0))
        conversation = reply.conversation
    assert (reply.parts[0].case, reply.parts[0].facts["discount"]) == ("final", "5元")


@pytest.mark.parametrize(("message", "intents"), [("多少钱 包邮吗", ("bargain", "shipping")),
                                                  ("包邮吗 多少钱", ("shipping", "bargain"))])
def test_the_price_asked_beside_another_question_is_answered_too(engine: Engine, message: str,
                                                                  intents: tuple[str, ...]) -> None:
    reply = ask(engine, message)
    assert reply.intents == intents
    assert bargain_part(reply).facts["price"] == "169元"
    assert part_of(reply, "shipping").facts["threshold"] == "99元"


@pytest.mark.parametrize("message", ["运费多少钱", "寄香港多少钱", "退货运费多少钱",
                                     "包活吗 死了怎么算", "路上碎了怎么赔"])  # (what is done for goods lost)
def test_what_a_parcel_or_a_return_costs_is_not_the_price(engine: Engine, message: str) -> None:
    assert "bargain" not in ask(engine, message).intents


def test_a_gift_asked_of_a_shop_that_gives_none_says_so_with_the_coupon(make_engine: Callable[..., Engine]) -> None:
    part = bargain_part(ask(make_engine(bargain={"gift": ""}), "有没有赠品"))
    assert (part.case, part.facts["amount"], part.facts["min_spend"]) == ("no_gift_coupon", "10元", "199元")


@pytest.mark.parametrize("message", ["送病人合适吗", "送女朋友好不好", "送之前能看看吗"])
def test_giving_it_to_someone_or_before_it_comes_is_no_gift_asked(engine: Engine, message: str) -> None:
    """送 of a present for someone (送病人), or of the delivery (送之前), asks for nothing thrown in."""
    assert "bargain" not in ask(engine, message).intents


def test_a_promotions_orders_asked_of_their_invoice_are_an_invoice_question(engine: Engine) -> None:
    """「双十二预热的可以开公司抬头吗」 names the promotion of the order, and asks of its invoice."""
    assert ask(engine, "双十二预热的可以开公司抬头吗").intents[0] == "invoice"


@pytest.mark.parametrize(("message", "case"), [("买两副有优惠不", "price_total_short"),  # 158元, short of 满299
                                               ("买4副有优惠不", "price_total_off")])  # 316元: 满299减30 comes off
def test_a_count_asked_of_a_deal_while_a_promotion_runs_is_what_they_come_to(
        make_engine: Callable[..., Engine], message: str, case: str) -> None:
    readers = {"id": "readers", "name": "成品老花镜", "price": 79, "colours": ["黑色"], "sizes": ["200度"]}
    engine = make_engine(products=[readers], bargain={"bulk": None})
    part = part_of(engine.reply(message, item_id="readers", now=dt.datetime(2026, 12, 5, 10)), "bargain")
    assert part.case == case and part.facts["total"] == ("158元" if "两" in message else "316元")


@pytest.mark.parametrize("message", ["明天拍是不是能减30", "能减50吗"])
def test_a_sum_off_asked_without_its_unit_is_a_price_question(engine: Engine, message: str) -> None:
    assert ask(engine, message).intents[0] == "bargain"


def test_a_gift_asked_on_tmall_is_answered_not_the_price_change() -> None:
    tmall = Engine(load_shop("electronics"), rng=random.Random(0))
    part = bargain_part(tmall.reply("能送个烤盘纸吗", item_id="air-fryer", now=NO_PROMOTION))
    assert (part.case, part.facts["amount"], part.facts["min_spend"]) == ("no_gift_coupon", "20元", "399元")


@pytest.mark.parametrize(
    ("item", "message", "day", "case", "facts"),
    [
        ("run-shoe-x", "跑鞋狂欢周到哪天结束", dt.datetime(2026, 12, 3, 10), "promotion_until", {"end": "12月7日"}),
        ("run-shoe-x", "活动到几号", dt.datetime(2026, 12, 3, 10), "promotion_until", {"end": "12月7日"}),
        ("run-shoe-x", "活动到几点", dt.datetime(2026, 12, 7, 22), "promotion_until", {"end": "今天(12月7日)"}),
        ("run-shoe-pro", "跑鞋狂欢周这款参加吗", dt.datetime(2026, 12, 3, 10), "promotion_not_for",
         {"product": "疾速Pro碳板竞速跑鞋"}),  # it covers the X1 only
        ("run-shoe-x", "跑鞋狂欢周还能参加吗", dt.datetime(2026, 12, 20, 10), "promotion_over", {"end": "12月7日"}),
        # 「明天还有活动吗」 on its last day: that it runs until today, not 「正在进行」
        ("run-shoe-x", "明天还有活动吗", dt.datetime(2026, 12, 7, 23), "promotion_until", {"end": "今天(12月7日)"}),
    ],
)
def test_a_promotion_asked_by_name_or_by_its_end_is_answered_from_its_dates(
    item: str, message: str, day: dt.datetime, case: str, facts: dict[str, str]
) -> None:
    shoes = Engine(load_shop("shoes"), rng=random.Random(0))
    part = bargain_part(shoes.reply(message, item_id=item, now=day))
    assert part.case == case
    assert {key: part.facts[key] for key in facts} == facts


def test_another_product_named_after_a_price_asks_its_price(engine: Engine) -> None:
    first = ask(engine, "多少钱")
    assert bargain_part(first).facts["price"] == "169元"
    then = ask(engine, "那卫衣呢", conversation=first.conversation)
    part = bargain_part(then)
    assert (part.case, part.facts["product"], part.facts["price"]) == ("price", "加绒连帽卫衣", "139元")


def test_buying_more_during_a_promotion_names_it_beside_the_bulk_rate() -> None:
    shoes = Engine(load_shop("shoes"), rng=random.Random(0))
    part = bargain_part(shoes.reply("买两双怎么算", item_id="run-shoe-x", now=dt.datetime(2027, 1, 2, 10)))
    assert part.case == "bulk_promotion"
    assert (part.facts["min_items"], part.facts["rate"], part.facts["promotion_name"]) == (2, "95折", "元旦新年福利")


@pytest.mark.parametrize("text", ["送刀给朋友是不是不吉利啊", "送给老人用会不会太重"])
def test_the_goods_given_by_the_buyer_to_someone_ask_no_gift(engine: Engine, text: str) -> None:
    """「送刀给朋友」: the buyer gives it, the shop is not asked to give anything (no 「价格已经很低了 送您…」)."""
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 2, 10))
    assert "bargain" not in reply.intents


@pytest.mark.parametrize("text", ["最近有啥活动没", "店里有活动吗", "现在搞活动不"])
def test_whether_a_promotion_runs_is_told_by_itself(engine: Engine, text: str) -> None:
    """Asked plainly in any words: the promotions running (the example shop's 满199减20), sent by itself."""
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 2, 10))
    assert reply.mode == "auto" and reply.parts[0].intent == "bargain" and "满" in reply.text


@pytest.mark.parametrize("text", ["元旦有活动吗", "跨年有啥活动"])  # 跨年 is 元旦's too
def test_an_occasion_named_asks_of_the_promotion_named_after_it(text: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(text, item_id="jerky", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["promotion_name"], part.facts["start"]) == ("promotion_later", "元旦囤货", "1月1日")
    assert part.facts["promotion"] in part.text  # what it will be, not only when


def test_every_promotion_running_is_named_the_products_own_first(make_engine: Callable[..., Engine]) -> None:
    promotions = [
        {"name": "双十二预热", "description": "全店满299减30", "start": "2026-11-20", "end": "2026-12-12"},
        {"name": "连衣裙第二件半价", "description": "碎花连衣裙第二件半价。", "start": "2026-11-20",
         "end": "2026-12-12", "products": [DRESS]},
        {"name": "元旦新年福利", "description": "新年第一周全店第二件半价", "start": "2027-01-01", "end": "2027-01-05"},
    ]
    part = bargain_part(ask(make_engine(promotions=promotions), "有优惠券吗", now=IN_PROMOTION))
    assert (part.case, part.facts["promotion_name"], part.facts["promotion"]) == \
        ("promotions_coupon", "连衣裙第二件半价、双十二预热", "碎花连衣裙第二件半价。全店满299减30")


def test_an_occasion_named_asks_of_the_promotion_that_covers_the_product(make_engine: Callable[..., Engine]) -> None:
    promotions = [
        {"name": "双十二大衣立减", "description": "大衣立减50", "start": "2026-12-01", "end": "2026-12-12",
         "products": ["coat-wool"]},
        {"name": "连衣裙双十二", "description": "连衣裙立减20", "start": "2026-12-01", "end": "2026-12-12",
         "products": [DRESS]},
    ]
    part = bargain_part(ask(make_engine(promotions=promotions), "双十二有活动吗", now=dt.datetime(2026, 12, 2, 10)))
    assert part.facts["promotion_name"] == "连衣裙双十二"
    assert part.case != "promotion_not_for"


def test_how_much_dearer_a_variant_is_says_both_prices_and_the_gap() -> None:
    engine = Engine(load_shop("electronics"), rng=random.Random(0))
    part = part_of(engine.reply("大号贵多少", item_id="kettle", now=dt.datetime(2026, 12, 2, 10)), "bargain")
    assert (part.case, part.facts["prices"], part.facts["gap"]) == ("prices_gap", "1.5L 129元、1.7L 149元", "20元")


def test_the_gap_between_two_variants_while_one_is_cut_says_what_it_comes_to_now(
        make_engine: Callable[..., Engine]) -> None:
    """灯光版 239元 and 标准版 199元 while 灯光版直降20元 runs: 40元 apart at list, 20元 apart now."""
    blocks = {"id": "blocks", "name": "消防局积木", "price": 199, "colours": ["标准版", "灯光版"],
              "sizes": ["1152颗粒"], "prices": {"灯光版": 239}}
    engine = make_engine(products=[blocks], promotions=[
        {"name": "灯光版直降", "description": "灯光版直降20元", "start": "2026-12-01", "end": "2026-12-25",
         "products": ["blocks"]}])
    asked = "灯光版跟标准版差多少钱"
    during = part_of(engine.reply(asked, item_id="blocks", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert (during.case, during.facts["gap"], during.facts["net"], during.facts["net_gap"]) == (
        "prices_gap_net", "40元", "灯光版到手219元", "20元")
    after = part_of(engine.reply(asked, item_id="blocks", now=dt.datetime(2026, 12, 28, 10)), "bargain")
    assert (after.case, after.facts["gap"]) == ("prices_gap", "40元")


@pytest.mark.parametrize(("text", "price"), [
    ("1米8多少", "3999元"),
    ("1.5米的多少", "3599元"),
    ("床1米8多少 含床垫吗", "3999元"),  # beside a fact asked: the price too, and 1米8 is no height
])
def test_a_size_then_how_much_asks_its_price(make_engine: Callable[..., Engine], text: str, price: str) -> None:
    bed = {"id": "bed", "name": "实木床", "price": 3599, "colours": ["原木色"], "sizes": ["1.5米", "1.8米"],
           "prices": {"1.8米": 3999}, "attributes": {"是否含床垫": "不含床垫"},
           "variant_aliases": {"1.8米": ["1米8"], "1.5米": ["1米5"]}}
    reply = make_engine(products=[bed]).reply(text, item_id="bed", now=NO_PROMOTION)
    part = part_of(reply, "bargain")
    assert (part.case, part.facts["price"]) == ("price", price)
    assert "sizing" not in reply.intents


def test_a_size_of_the_pages_product_said_before_another_product_added_prices_both(
        make_engine: Callable[..., Engine]) -> None:
    guitar = {"id": "guitar", "name": "民谣吉他", "price": 369, "colours": ["原木色"], "sizes": ["40寸", "41寸"],
              "prices": {"41寸": 399}}
    other = guitar | {"id": "guitar2", "name": "单板吉他", "price": 899}  # 41寸 is not the page's alone
    stand = {"id": "stand", "name": "吉他支架", "aliases": ["支架"], "price": 39, "colours": ["黑色"],
             "sizes": ["均码"]}
    engine = make_engine(products=[guitar, other, stand], promotions=[], bargain={"bulk": None})
    part = bargain_part(engine.reply("买一把41寸加一个支架多少钱", item_id="guitar", now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("products_total", "438元")
    assert bargain_part(engine.reply("支架多少钱", item_id="guitar", now=NO_PROMOTION)).facts["price"] == "39元"


def test_a_colour_only_one_other_product_has_names_it_beside_the_product_named(
        make_engine: Callable[..., Engine]) -> None:
    """黑笔 is the gel pens' alias of their 黑色, said beside the notebooks: both are priced."""
    notebook = {"id": "notebook", "name": "软抄本笔记本", "aliases": ["笔记本"], "price": 36, "colours": ["横线"],
                "sizes": ["一盒12本"]}
    pens = {"id": "pens", "name": "中性笔", "price": 19.8, "colours": ["黑色", "蓝色"], "sizes": ["一盒12支"],
            "variant_aliases": {"黑色": ["黑笔"], "蓝色": ["蓝笔"]}}
    engine = make_engine(products=[notebook, pens], promotions=[], bargain={"bulk": None})
    part = bargain_part(engine.reply("一盒笔记本加一盒黑笔多少钱", item_id="notebook", now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("products_total", "55.8元")


def test_a_cut_for_students_only_leaves_the_price_every_buyer_pays_to_work_out(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "双12预热", "description": "满150减20", "start": "2026-12-01", "end": "2026-12-12"},
                  {"name": "学生优惠", "description": "学生拍下前发学生证给客服,再减20元(改价)",
                   "start": "2026-09-01", "end": "2027-06-30"}]
    part = bargain_part(make_engine(promotions=promotions).reply("到手价多少", item_id=DRESS,
                                                                 now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["net"]) == ("price_net_told", "149元")


@pytest.mark.parametrize(("running", "message", "case", "net"), [
    # a promotion for 88VIP members alone moves nothing every buyer pays: the other one is worked out
    ([("88VIP专享", "88VIP会员95折,可以和满减一起用"), ("双12预热", "满150减20")], "到手价多少",
     "price_net_told", "149元"),
    ([("88VIP专享", "88VIP会员全店95折"), ("双12预热", "满150减20")], "满减后多少", "price_net_told", "149元"),
    # the members' promotion alone: the shop's coupon the price reaches (满150减10) comes off all the same
    ([("88VIP专享", "88VIP会员全店95折")], "用券的话到手多少", "price_net_coupon", "159元"),
    # a coupon for a birthday month is for some buyers too (会员中心登记生日, 生日当月领满100减15)
    ([("宝宝生日券", "在会员中心登记宝宝生日,生日当月可以领一张满100减15的券"), ("双12预热", "满150减20")],
     "到手价多少", "price_net_told", "149元"),
])
def test_a_promotion_for_members_only_leaves_what_every_buyer_pays_to_work_out(
        make_engine: Callable[..., Engine], running: list[tuple[str, str]], message: str, case: str, net: str) -> None:
    promotions = [{"name": name, "description": terms, "start": "2026-12-01", "end": "2026-12-12"}
                  for name, terms in running]
    engine = make_engine(promotions=promotions, bargain={"coupon": {"amount": 10, "min_spend": 150}})
    part = bargain_part(engine.reply(message, item_id=DRESS, now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["price"], part.facts["net"]) == (case, "169元", net)
    assert net in part.text


@pytest.mark.parametrize("message", ["有优惠券吗", "店里有什么活动"])
def test_with_nothing_in_view_a_promotion_for_some_goods_is_told_with_what_it_is_for(
        make_engine: Callable[..., Engine], message: str) -> None:
    promotions = [{"name": "羽绒服专场", "description": "羽绒服满500减60", "start": "2026-12-01", "end": "2026-12-12",
                   "categories": ["羽绒服"]},
                  {"name": "T恤直降", "description": "直降10元", "start": "2026-12-01", "end": "2026-12-12",
                   "products": ["tee-basic"]}]
    part = bargain_part(make_engine(promotions=promotions).reply(message, now=dt.datetime(2026, 12, 5, 10)))
    assert part.case.startswith("promotions")  # not 「现在没有大活动」
    assert "仅限羽绒服：羽绒服满500减60" in part.text and "仅限重磅纯棉圆领T恤：直降10元" in part.text
    # with the T-shirt in view: its own cut, as its own, and nothing of the down coats
    own = bargain_part(make_engine(promotions=promotions).reply(message, item_id="tee-basic",
                                                                now=dt.datetime(2026, 12, 5, 10)))
    assert "直降10元" in own.text and "仅限" not in own.text and "羽绒服" not in own.text


def test_what_each_size_comes_to_with_the_coupon_where_none_is_named(make_engine: Callable[..., Engine]) -> None:
    tote = {"id": "tote", "name": "托特包", "price": 459, "colours": ["黑色"], "sizes": ["中号", "大号"],
            "prices": {"大号": 529}}
    engine = make_engine(products=[tote], promotions=[], bargain={"coupon": {"amount": 15, "min_spend": 199}})
    part = bargain_part(engine.reply("用券的话到手多少", item_id="tote", now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["prices"]) == ("prices_net_coupon", "中号 459元到手444元、大号 529元到手514元")


@pytest.mark.parametrize(("coupon", "case", "prices"), [
    ({"amount": 50, "min_spend": 1000}, "prices_net_told_coupon", "600G 1999元到手1749元、800G 2399元到手2149元"),
    (None, "prices_net_told", "600G 1999元到手1799元、800G 2399元到手2199元"),
])
def test_what_each_size_comes_to_after_a_straight_cut_where_none_is_named(
        make_engine: Callable[..., Engine], coupon: dict[str, int] | None, case: str, prices: str) -> None:
    """「用券到手多少」 of a purifier priced by its size while 直降200元 runs: each size's, not the terms again."""
    purifier = {"id": "ro", "name": "RO净水器", "price": 1999, "colours": ["白色"], "sizes": ["600G", "800G"],
                "prices": {"800G": 2399}}
    cut = {"name": "双十二直降", "description": "净水器下单直降200元,可以和店铺券一起用。", "start": "2026-12-01",
           "end": "2026-12-12", "products": ["ro"]}
    engine = make_engine(products=[purifier], promotions=[cut], bargain={"coupon": coupon})
    part = bargain_part(engine.reply("用券到手多少" if coupon else "双十二到手多少", item_id="ro",
                                     now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["prices"]) == (case, prices)


@pytest.mark.parametrize(("text", "told"), [
    ("买x5一起拍能便宜吗", ["加购立减", "X5直降"]),  # bought with the page's: what runs for either, the page's first
    ("x5能便宜吗", ["X5直降"]),  # the other alone
])
def test_a_deal_asked_of_another_product_bought_with_the_pages_says_what_runs_for_either(
        make_engine: Callable[..., Engine], text: str, told: list[str]) -> None:
    screen = {"id": "screen", "name": "投影幕布", "category": "幕布", "price": 199, "colours": ["白塑"],
              "sizes": ["100寸"]}
    x5 = {"id": "x5", "name": "X5投影仪", "aliases": ["x5"], "category": "投影仪", "price": 2599,
          "colours": ["白色"], "sizes": ["标准版"]}
    promotions = [{"name": "X5直降", "description": "X5直降200元。", "start": "2026-12-01", "end": "2026-12-12",
                   "products": ["x5"]},
                  {"name": "加购立减", "description": "买投影仪的同时加购幕布,幕布立减30元。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["screen"]}]
    engine = make_engine(products=[screen, x5], promotions=promotions, bargain={"negotiable": False, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="screen", now=dt.datetime(2026, 12, 8, 20)))
    assert part.facts["promotion_name"] == "、".join(told)


@pytest.mark.parametrize("text", ["那到手多少钱", "到手价多少"])
def test_what_each_size_comes_to_while_a_spend_off_each_reaches_and_the_coupon_go_together(
        make_engine: Callable[..., Engine], text: str) -> None:
    """「到手多少钱」 of seat covers at 699元 and 899元 while 满500减50 runs with the 20元 coupon: 629元 and 829元,
    not the prices and the terms again."""
    cover = {"id": "cover", "name": "全包座套", "price": 699, "colours": ["黑色"], "sizes": ["5座", "7座"],
             "prices": {"7座": 899}}
    spend = {"name": "年货节满减", "description": "满500减50,可以和店铺20元券一起用。", "start": "2026-12-01",
             "end": "2026-12-31"}
    engine = make_engine(products=[cover], promotions=[spend], bargain={"coupon": {"amount": 20, "min_spend": 299}})
    part = bargain_part(engine.reply(text, item_id="cover", now=dt.datetime(2026, 12, 8, 14)))
    assert (part.case, part.facts["prices"]) == ("prices_net_told_coupon", "5座 699元到手629元、7座 899元到手829元")


def test_a_total_asked_after_a_number_said_is_of_that_number(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(promotions=[], bargain={"bulk": {"min_items": 10, "rate": 0.85}})
    now = dt.datetime(2026, 12, 20, 10)
    first = engine.reply("要10件 能打折吗", item_id=DRESS, now=now)
    then = bargain_part(engine.reply("一共多少钱", first.conversation, item_id=DRESS, now=now))
    assert (then.case, then.facts["quantity"], then.facts["total"]) == ("price_total_bulk", 10, "1436.5元")
    alone = bargain_part(engine.reply("一共多少钱", item_id=DRESS, now=now))
    assert alone.case == "price"


def test_a_net_price_asked_of_another_size_than_the_count_said_is_of_one(make_engine: Callable[..., Engine]) -> None:
    """「两袋三斤的多少钱」 then 「十斤装用券到手多少」: one of the ten-jin bag, not two of it."""
    food = {"id": "food", "name": "猫粮", "price": 109, "colours": ["成猫粮"], "sizes": ["1.5kg", "5kg"],
            "prices": {"5kg": 299}, "variant_aliases": {"1.5kg": ["三斤"], "5kg": ["十斤", "十斤装"]}}
    sale = {"name": "囤粮节", "description": "全店满199减20,下单自动减;可以和店铺券一起用。", "start": "2026-12-01",
            "end": "2026-12-12"}
    engine = make_engine(products=[food], promotions=[sale], bargain={"coupon": {"amount": 10, "min_spend": 169}})
    now = dt.datetime(2026, 12, 5, 10)
    first = engine.reply("两袋三斤的多少钱", item_id="food", now=now)
    assert bargain_part(first).facts["quantity"] == 2
    then = engine.reply("十斤装用券到手多少", first.conversation, item_id="food", now=now)
    assert "quantity" not in bargain_part(then).facts and bargain_part(then).facts["price"] == "299元"
    assert "598" not in then.text + then.suggestion and "269元" in then.text  # 299 - 20 - 10


@pytest.mark.parametrize(("terms", "case", "net"), [
    ("下单立减20元。", "price_net_told", "149元"),  # a straight cut: what it comes to
    ("全场第二件9折。", "price_net", None),  # terms that depend on the basket: the price and the terms
    ("满150减20;88VIP会员在此基础上再享95折。", "price_net_told", "149元"),  # (95折 for members only)
])
def test_the_price_after_the_deals_is_the_price_with_the_promotion_running(
        make_engine: Callable[..., Engine], terms: str, case: str, net: str | None) -> None:
    promotions = [{"name": "双12节", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    part = bargain_part(engine.reply("到手价多少", item_id=DRESS, now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["price"], part.facts["promotion_name"]) == (case, "169元", "双12节")
    assert part.facts.get("net") == net
    assert "没法" not in part.text  # a price asked, not a haggle refused


@pytest.mark.parametrize(("terms", "case", "net", "mode"), [
    ("下单立减20元。", "price_net_told_coupon_unknown", "149元", "handoff"),  # silent on the coupon: a person says
    ("下单立减20元,可以和店铺券一起用。", "price_net_told_coupon", "139元", "auto"),  # 169 - 20 - 10
])
def test_the_price_with_the_coupon_asked_beside_a_cut_is_what_the_terms_say_of_the_coupon(
        make_engine: Callable[..., Engine], terms: str, case: str, net: str, mode: str) -> None:
    promotions = [{"name": "双12节", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions, bargain={"coupon": {"amount": 10, "min_spend": 100}})
    reply = engine.reply("M码用券到手多少", item_id=DRESS, now=dt.datetime(2026, 12, 5, 10))  # 149 reaches 满100
    part = bargain_part(reply)
    assert (part.case, part.facts["net"], reply.mode) == (case, net, mode)


def test_the_price_of_a_part_the_file_prices_is_that_part_not_the_product(make_engine: Callable[..., Engine]) -> None:
    pen = {"id": "pen", "name": "中性笔", "price": 19.9, "colours": ["黑色"], "sizes": ["0.5mm"],
           "attributes": {"笔芯": "笔芯单独有卖,20支装12.9元", "书写长度": "约600米"}}
    engine = make_engine(products=[pen])
    part = bargain_part(engine.reply("笔芯多少钱", item_id="pen"))
    assert (part.case, part.facts["part"], part.facts["note"]) == ("part_price", "笔芯", "笔芯单独有卖,20支装12.9元")
    assert "19.9" not in part.text
    assert bargain_part(engine.reply("多少钱", item_id="pen")).facts["price"] == "19.9元"


def test_a_sum_beside_a_cut_the_shops_terms_give_a_product_by_name_is_drafted_for_a_person(
        make_engine: Callable[..., Engine]) -> None:
    """全店满3000减200;X3 Pro另外直降300元: what the X3 Pro comes to is not worked out without its 300."""
    x3 = {"id": "x3", "name": "X3 Pro投影仪", "aliases": ["X3 Pro", "x3"], "price": 2999, "colours": ["白色"],
          "sizes": ["标准版"]}
    q1 = {"id": "q1", "name": "Q1投影仪", "aliases": ["Q1"], "price": 3299, "colours": ["白色"], "sizes": ["标准版"]}
    promotions = [{"name": "双12年终狂欢", "description": "全店满3000减200;X3 Pro另外直降300元。",
                   "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[x3, q1], promotions=promotions, bargain={"bulk": None, "coupon": None})
    named = engine.reply("到手多少", item_id="x3", now=dt.datetime(2026, 12, 5, 14))
    assert named.mode != "auto" and "要同事确认" in named.reason  # not 「还差1元」 by itself, and the trace says why
    other = engine.reply("到手多少", item_id="q1", now=dt.datetime(2026, 12, 5, 14))
    assert other.mode == "auto" and bargain_part(other).facts["net"] == "3099元"  # 3299 - 200


@pytest.mark.parametrize(("text", "net"), [
    ("两瓶1000g的加一瓶500g的 一共多少", "237元"),  # 198 + 59 = 257: 满199减20
    ("三瓶1000g的加一瓶500g的 一共多少", "316元"),  # 297 + 59 = 356: 满299减40
])
def test_sizes_of_one_product_summed_take_the_tier_of_a_spend_off_they_reach(
        make_engine: Callable[..., Engine], text: str, net: str) -> None:
    honey = {"id": "honey", "name": "槐花蜜", "price": 59, "colours": ["玻璃瓶"], "sizes": ["500g", "1000g"],
             "prices": {"1000g": 99}}
    promotions = [{"name": "冬季满减", "description": "全店满199减20,满299减40,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-20"}]
    engine = make_engine(products=[honey], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="honey", now=dt.datetime(2026, 12, 13, 10)))
    assert (part.case, part.facts["net"]) == ("products_total_off", net)


def test_a_gift_asked_of_a_shop_that_never_haggles_is_the_promotion_that_gives_and_its_own_gift(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "年会早鸟", "description": "满100件再送2件同款。", "start": "2026-12-01",
                   "end": "2026-12-15"}]
    engine = make_engine(promotions=promotions, bargain={"negotiable": False, "gift": "印同款logo的手提袋一个"})
    reply = engine.reply("送点啥不", item_id=DRESS, now=dt.datetime(2026, 12, 9, 11))
    assert [p.case for p in reply.parts] == ["promotions_coupon", "gift_also"]  # (and the shop's coupon)
    assert "再送2件同款" in reply.text and "手提袋" in reply.text


@pytest.mark.parametrize("text", ["安装多少钱", "上门安装多少钱"])
def test_the_price_of_a_fact_named_is_asked_of_its_price_not_its_whole_terms(
        make_engine: Callable[..., Engine], text: str) -> None:
    bracket = {"id": "bracket", "name": "投影仪吊顶支架", "price": 129, "colours": ["白色"], "sizes": ["短杆款"],
               "attributes": {"安装": "支架不含安装,可以加购上门安装服务150元一次;县城和乡镇不上门",
                              "材质": "铝合金"}}
    reply = make_engine(products=[bracket], promotions=[]).reply(text, item_id="bracket", now=NO_PROMOTION)
    assert reply.intents[0] == "bargain" and "150元" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "note"), [
    ("铜管要5米 多多少钱", "铜管超出3米的部分每米70元"),  # the clause of the charges that prices the 铜管
    ("支架多少钱", "空调支架120元一副(外机有平台的不需要)"),
    ("空调多少钱", None),  # the product itself, named as the charges name it: its own price
])
def test_an_extra_priced_in_a_clause_of_a_fact_of_charges_is_that_clause(
        make_engine: Callable[..., Engine], text: str, note: str | None) -> None:
    charges = "铜管超出3米的部分每米70元;空调支架120元一副(外机有平台的不需要)"
    aircon = {"id": "ac", "name": "变频空调", "aliases": ["空调"], "price": 2599, "colours": ["白色"],
              "sizes": ["1.5匹"], "attributes": {"辅材收费": charges}}
    engine = make_engine(products=[aircon], promotions=[])
    part = bargain_part(engine.reply(text, item_id="ac", now=NO_PROMOTION))
    assert (part.case, part.facts.get("note")) == (("part_price", note) if note else ("price", None))


@pytest.mark.parametrize(("now", "case"), [(dt.datetime(2026, 12, 3, 14), "promotion_later"),
                                         (dt.datetime(2026, 12, 12, 23), "promotion_until"),
                                         (dt.datetime(2026, 12, 13, 9), "promotion_over")])
def test_a_promotion_asked_by_its_kind_alone_is_the_one_named_so(
        make_engine: Callable[..., Engine], now: dt.datetime, case: str) -> None:
    """「直降还有吗」 where one promotion's name says 直降: whether that one runs, not the stock."""
    promotions = [{"name": "冬季焕新", "description": "下单送收纳袋", "start": "2026-12-01", "end": "2026-12-15"},
                  {"name": "双12连衣裙直降", "description": "每件直降20元", "start": "2026-12-10", "end": "2026-12-12"}]
    reply = make_engine(promotions=promotions).reply("直降还有吗", item_id=DRESS, now=now)
    part = bargain_part(reply)
    assert (reply.intents[0], part.case, part.facts["promotion_name"]) == ("bargain", case, "双12连衣裙直降")


@pytest.mark.parametrize(("message", "case", "name"), [
    ("满200减25还有吗", "promotion_over", "双十一狂欢"),  # its terms, of one over: over since 11月11日
    ("满299减30还有吗", "promotion_until", "双十二预热"),  # running: until when
    ("满299减30的活动还在吗", "promotion_until", "双十二预热"),
])
def test_a_promotion_asked_by_its_terms_is_the_one_whose_terms_they_are(
        make_engine: Callable[..., Engine], message: str, case: str, name: str) -> None:
    """「满200减25还有吗」 names the promotion of those numbers, and asks whether it runs, not the stock."""
    reply = make_engine().reply(message, item_id=DRESS, now=dt.datetime(2026, 12, 3, 14))
    part = bargain_part(reply)
    assert (reply.intents, part.case, part.facts["promotion_name"]) == (("bargain",), case, name)
    assert "有货" not in reply.text


def test_a_variant_named_like_a_fact_and_a_promotion_asks_its_price(make_engine: Callable[..., Engine]) -> None:
    """防蓝光 is a variant of the lenses, a fact of them and a word of a promotion's name: its price asked."""
    lens = {"id": "lens", "name": "定制镜片", "price": 128, "colours": ["普通膜", "防蓝光"], "sizes": ["1.56", "1.60"],
            "prices": {"防蓝光 1.60": 248}, "attributes": {"防蓝光": "防蓝光膜层,镜片有一点点淡黄"}}
    promotions = [{"name": "防蓝光镜片特惠", "description": "1.60防蓝光镜片直降30元", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["lens"]}]
    reply = make_engine(products=[lens], promotions=promotions).reply("防蓝光1.60多少钱", item_id="lens",
                                                                      now=dt.datetime(2026, 12, 3, 14))
    assert bargain_part(reply).case != "promotion_own" and "248元" in reply.text


@pytest.mark.parametrize(("message", "short"), [
    ("黑色XL拍5件多少钱", ("stock_short", {"variant": "黑色 XL", "count": 3, "wanted": 5})),  # 3 left of it
    ("雾霾蓝M两件多少钱", ("stock_none_restock", {"variant": "雾霾蓝 M", "restock_date": "12月5日"})),  # and when
    ("黑色M两件多少钱", None),  # 35 left: nothing more said
])
def test_a_price_for_more_than_are_left_says_how_many_there_are(
        engine: Engine, message: str, short: tuple[str, dict[str, object]] | None) -> None:
    reply = engine.reply(message, item_id=DRESS, now=dt.datetime(2026, 12, 3, 14))
    assert reply.parts[0].case.startswith("price_total")
    if short is None:
        assert len(reply.parts) == 1
    else:
        assert (reply.parts[-1].case, dict(reply.parts[-1].facts)) == short


def test_a_member_tier_asked_is_the_promotion_whose_terms_name_it(make_engine: Callable[..., Engine]) -> None:
    """88VIP said only in the terms of a promotion to come: that one and its day, not the one running."""
    promotions = [{"name": "双12预热", "description": "加购收藏送乳垫10片", "start": "2026-12-01", "end": "2026-12-07"},
                  {"name": "双12狂欢", "description": "跨店满300减50;88VIP会员在此基础上再享95折",
                   "start": "2026-12-08", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    part = bargain_part(engine.reply("88vip有折扣吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["promotion_name"], part.facts["start"]) == ("promotion_later", "双12狂欢", "12月8日")


@pytest.mark.parametrize("text", ["多少钱 定价多少", "预售的多少钱啊 定价多少"])
def test_the_price_asked_before_a_priced_fact_is_the_products_then_that_fact(make_engine: Callable[..., Engine],
                                                                           text: str) -> None:
    book = {"id": "book", "name": "雪落长河", "price": 52, "colours": ["普通版"], "sizes": ["单册"],
            "attributes": {"定价": "69元"}}
    reply = make_engine(products=[book], promotions=[]).reply(text, item_id="book", now=NO_PROMOTION)
    assert [(p.case, p.facts.get("price") or p.facts.get("note")) for p in reply.parts] == [
        ("price", "52元"), ("part_price", "69元")]


def test_a_part_priced_by_a_fact_named_after_it_is_that_fact_said_once(make_engine: Callable[..., Engine]) -> None:
    """「滤芯多久换一次 换一次多少钱」: the 滤芯更换价格 fact, by the part it starts with, and said once."""
    purifier = {"id": "ro", "name": "净水器", "price": 1299, "colours": ["白色"], "sizes": ["400G"],
                "attributes": {"滤芯寿命": "PPC滤芯12个月", "滤芯更换价格": "PPC滤芯199元一支"}}
    engine = make_engine(products=[purifier], promotions=[])
    reply = engine.reply("滤芯多久换一次 换一次多少钱", item_id="ro", now=NO_PROMOTION)
    assert (bargain_part(reply).case, bargain_part(reply).facts["part"]) == ("part_price", "滤芯更换价格")
    assert reply.suggestion.count("199元") == 1 and "1299" not in reply.suggestion


@pytest.mark.parametrize(("text", "case"), [("价格保护吗", "price_protection"), ("多件有优惠吗", "bulk")])
def test_the_deal_asked_in_other_words_is_that_deal(make_engine: Callable[..., Engine], text: str, case: str) -> None:
    engine = make_engine(promotions=[], bargain={"price_protection_days": 15, "bulk": {"min_items": 2, "rate": 0.9}})
    assert bargain_part(engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 20, 10))).case == case


@pytest.mark.parametrize("text", ["电费贵不贵", "补贴多少", "滤芯贵吗", "一件M码一件L码 一共多少"])
def test_a_line_that_asks_for_no_less_is_not_refused_a_discount(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 20, 10))
    assert not {p.case for p in reply.parts} & {"hold", "hold_promotion", "fixed", "tmall"}
    assert "优惠" not in reply.suggestion and "便宜" not in reply.suggestion


def test_which_discount_with_only_a_deal_for_more_names_that_deal(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(promotions=[], bargain={"coupon": None, "bulk": {"min_items": 10, "rate": 0.85}})
    part = bargain_part(engine.reply("打几折", item_id=DRESS, now=dt.datetime(2026, 12, 20, 10)))
    assert (part.case, part.facts["min_items"], part.facts["rate"]) == ("bulk", 10, "85折")


@pytest.mark.parametrize(("platform", "name"), [("taobao", "淘宝"), ("jd", "京东")])
@pytest.mark.parametrize("message", ["有好评返现吗", "晒图有红包吗", "五星好评送东西吗"])
def test_a_reward_for_a_review_is_not_offered_the_platform_forbids_it(
    make_engine: Callable[..., Engine], platform: str, name: str, message: str
) -> None:
    reply = ask(make_engine(shop={"platform": platform}), message)
    part = bargain_part(reply)
    assert (part.case, part.facts["platform"]) == ("review_reward_no", name)
    assert name in part.text and reply.actions == ()  # no price change, no ladder step


def test_a_review_reward_said_to_be_owed_goes_to_a_person(engine: Engine) -> None:
    reply = ask(engine, "好评返现怎么还没到账")
    assert bargain_part(reply).case == "review_reward_unknown"
    assert reply.mode == "handoff"


def test_a_good_review_offered_for_a_lower_price_is_still_bargaining(engine: Engine) -> None:
    assert bargain_part(ask(engine, "我给你好评 便宜点")).case == "hold"


@pytest.mark.parametrize(
    ("message", "now", "case", "price"),
    [
        ("多少钱 有优惠券吗", IN_PROMOTION, "price_promotions_coupon", "169元"),
        ("M码多少钱 有券吗", IN_PROMOTION, "price_promotions_coupon", "169元"),
        ("这件多少钱 有活动吗", NO_PROMOTION, "price_coupon_only", "169元"),
    ],
)
def test_the_price_and_the_deals_asked_together_are_both_answered(
    engine: Engine, message: str, now: dt.datetime, case: str, price: str
) -> None:
    part = bargain_part(ask(engine, message, now=now))
    assert (part.case, part.facts["price"]) == (case, price)
    assert price in part.text and "满199元减10元" in part.text  # the coupon follows the price
    if case.startswith("price_promotions"):
        assert "双十二预热" in part.text


def test_the_price_and_the_deals_of_a_shop_with_none_say_so(make_engine: Callable[..., Engine]) -> None:
    bare = make_engine(bargain={"coupon": None}, promotions=[])
    part = bargain_part(ask(bare, "多少钱 有活动吗"))
    assert (part.case, part.facts["price"]) == ("price_no_promotions", "169元")


def test_asking_for_less_beside_the_price_is_still_bargaining(engine: Engine) -> None:
    part = bargain_part(ask(engine, "能优惠点吗 多少钱", now=NO_PROMOTION))
    assert (part.case, part.facts["price"]) == ("hold_price", "169元")  # the price asked too


@pytest.mark.parametrize("message", ["满多少减多少", "老顾客有优惠不", "新人有啥福利", "有优惠劵吗"])
def test_which_deals_there_are_is_answered_with_them_not_the_ladder(engine: Engine, message: str) -> None:
    reply = ask(engine, message, now=IN_PROMOTION)
    assert bargain_part(reply).case == "promotions_coupon"
    assert "满199元减10元" in reply.suggestion and reply.actions == ()


@pytest.mark.parametrize("message", ["好便宜啊 质量不会差吧", "这么便宜 是正品吗", "便宜没好货吧"])
def test_praise_of_the_price_is_no_request_for_less(engine: Engine, message: str) -> None:
    assert "bargain" not in ask(engine, message).intents


@pytest.mark.parametrize("message", ["会过敏吗 我戴便宜的脖子就红", "穿便宜的会起球 这件会吗"])
def test_cheap_goods_worn_before_are_no_request_for_less(engine: Engine, message: str) -> None:
    """「我戴便宜的脖子就红」 tells what cheap goods did: no 「价格已经很实在了」 to a question of allergies."""
    assert "bargain" not in ask(engine, message).intents


@pytest.mark.parametrize("follow_up", ["明天有吗", "那明天呢"])
def test_a_day_asked_after_the_promotions_says_until_when_they_last(engine: Engine, follow_up: str) -> None:
    first, then = haggle(engine, ["有活动吗", follow_up], now=IN_PROMOTION)
    assert bargain_part(first).case == "promotions_coupon"
    part = bargain_part(then)
    assert (part.case, part.facts["promotion_name"], part.facts["end"]) == ("promotion_until", "双十二预热", "12月12日")


def test_a_day_asked_after_no_promotion_names_the_next_one_and_its_start(engine: Engine) -> None:
    _, then = haggle(engine, ["有活动吗", "明天有吗"], now=dt.datetime(2026, 12, 31, 10, 0))
    part = bargain_part(then)
    assert (part.case, part.facts["promotion_name"], part.facts["start"]) == \
        ("promotion_later", "元旦新年福利", "1月1日")


NEW_YEARS_EVE = dt.datetime(2026, 12, 31, 10, 0)  # 元旦新年福利 starts tomorrow
LAST_DAYS = dt.datetime(2026, 12, 11, 10, 0)  # 双十二预热 ends tomorrow


SEAT = {"id": "seat", "name": "安全座椅", "price": 1599, "colours": ["灰色"], "sizes": ["标准版", "遮阳篷版"],
        "prices": {"遮阳篷版": 1799}}


def _seat_promotions(twelfth: str) -> list[dict[str, object]]:
    """直降200 of the seat from the 1st to the 14th, and the shop's 双12 from the 10th, whose terms are ``twelfth``."""
    return [{"name": "年终好价", "description": "安全座椅直降200元", "products": ["seat"],
             "start": "2026-12-01", "end": "2026-12-14"},
            {"name": "双12", "description": twelfth, "start": "2026-12-10", "end": "2026-12-12"}]


def test_a_later_day_asked_of_tells_todays_price_and_that_days_after_both_promotions(
        make_engine: Callable[..., Engine]) -> None:
    """「12号买多少钱」 while 直降200 runs and 双12's 满1000减100 starts on the 10th: 1599元到手1399元 now (not
    1599元 alone), and on the 12th what the cut leaves less the 100 it still reaches: 1299元."""
    part = bargain_part(make_engine(products=[SEAT], promotions=_seat_promotions("全店满1000减100")).reply(
        "12号买多少钱", item_id="seat", now=dt.datetime(2026, 12, 8, 15)))
    assert (part.case, part.facts["price"], part.facts["net_then"]) == (
        "price_promotion_later_net", "标准版 1599元到手1399元、遮阳篷版 1799元到手1599元",
        "标准版 1599元到手1299元、遮阳篷版 1799元到手1499元")


def test_a_later_day_whose_promotion_goes_alone_is_told_no_sum_of_both(make_engine: Callable[..., Engine]) -> None:
    """The 满减 written not to go with the 直降 running: no sum of the two on the day, its terms told."""
    promotions = _seat_promotions("全店满1000减100,不能和年终好价一起用")
    part = bargain_part(make_engine(products=[SEAT], promotions=promotions).reply(
        "12号拍到手多少", item_id="seat", now=dt.datetime(2026, 12, 8, 15)))
    assert (part.case, part.facts["promotion"]) == ("price_promotion_later", "全店满1000减100,不能和年终好价一起用")


@pytest.mark.parametrize(("message", "now", "case", "told"), [
    # a later day asked of, by which a promotion starts: that it starts, and its terms
    ("明天买会便宜吗", NEW_YEARS_EVE, "promotion_later", {"promotion_name": "元旦新年福利", "start": "1月1日"}),
    ("1号买是不是便宜点", NEW_YEARS_EVE, "promotion_later", {"promotion_name": "元旦新年福利", "start": "1月1日"}),
    ("明天买多少钱", NEW_YEARS_EVE, "price_promotion_later",
     {"price": "169元", "promotion_name": "元旦新年福利", "start": "1月1日"}),
    # ... by which the one running has ended: until when it lasts
    ("周日买还便宜吗", LAST_DAYS, "promotion_until", {"promotion_name": "双十二预热", "end": "12月12日"}),
    ("14号买多少钱", LAST_DAYS, "price_promotion_until",
     {"price": "169元", "promotion_name": "双十二预热", "end": "12月12日"}),
    # a day when the promotions are those of today: the price alone
    ("明天买多少钱", LAST_DAYS, "price", {"price": "169元"}),
    # a week ahead with nothing running now: the coupon, and the promotion to come
    ("下周买还有满减吗", NEW_YEARS_EVE, "promotion_later_coupon", {"promotion_name": "元旦新年福利"}),
])
def test_a_later_day_asked_of_is_told_what_changes_by_then(engine: Engine, message: str, now: dt.datetime,
                                                          case: str, told: dict[str, str]) -> None:
    part = bargain_part(ask(engine, message, now=now))
    assert part.case == case
    assert {key: part.facts[key] for key in told} == told


@pytest.mark.parametrize(("first", "then", "case", "said"), [
    ("地漏多少钱", "买3个呢", "prices_total", "普通款 39元,3份117元、洗衣机款 49元,3份147元"),  # a count after
    ("地漏多少钱", "两个差多少钱", "prices_gap", None),                                   # the prices: each's sum
])
def test_a_count_asked_after_the_prices_of_each_variant_is_what_that_many_of_each_come_to(
        make_engine: Callable[..., Engine], first: str, then: str, case: str, said: str | None) -> None:
    drain = {"id": "drain", "name": "防臭地漏", "aliases": ["地漏"], "price": 39, "colours": ["银色"],
             "sizes": ["普通款", "洗衣机款"], "prices": {"洗衣机款": 49}}
    engine = make_engine(products=[drain], promotions=[], bargain={"bulk": None})
    now = dt.datetime(2026, 12, 4, 10)
    told = engine.reply(first, item_id="drain", now=now)
    part = bargain_part(engine.reply(then, told.conversation, item_id="drain", now=now))
    assert part.case == case and (said is None or part.facts["totals"] == said)


def test_a_count_of_a_product_of_several_prices_during_a_spend_off_is_what_each_comes_to_after_it(
        make_engine: Callable[..., Engine]) -> None:
    """满999减100 that goes with the shop's 满299减20 coupon: two of the 42寸 reach it, two of the 52寸 too."""
    fan = {"id": "fan", "name": "吊扇灯", "price": 899, "colours": ["白色"], "sizes": ["42寸", "52寸"],
           "prices": {"52寸": 1099}}
    spend_off = {"name": "双12家装节", "description": "全店满999减100,可以和店铺满299减20的券一起用",
                 "start": dt.date(2026, 12, 1), "end": dt.date(2026, 12, 12)}
    engine = make_engine(products=[fan], promotions=[spend_off],
                         bargain={"bulk": None, "coupon": {"amount": 20, "min_spend": 299}})
    part = bargain_part(engine.reply("买两个多少", item_id="fan", now=dt.datetime(2026, 12, 4, 10)))
    assert (part.case, part.facts["totals"]) == (
        "prices_total_off", "42寸 899元,2份1798元,减完再用满299元减20元的券1678元、"
                            "52寸 1099元,2份2198元,减完再用满299元减20元的券2078元")  # the coupon said where taken
    one = bargain_part(engine.reply("买一个多少", item_id="fan", now=dt.datetime(2026, 12, 4, 10)))
    assert "1678元" not in one.text  # one of them is its price, the spend-off not reached by the 42寸
    for off in ("买两个能少多少", "老板便宜点呗 买两个能便宜多少"):  # how much comes off so many: the same sums
        part = bargain_part(engine.reply(off, item_id="fan", now=dt.datetime(2026, 12, 4, 10)))
        assert part.case == "prices_total_off" and "1678元" in part.text and "2078元" in part.text


def test_a_count_that_no_spend_off_reaches_is_told_its_sums_with_no_promotion_named(
        make_engine: Callable[..., Engine]) -> None:
    """满199减20 running, two bags of each weight well below it: the sums alone, no empty 「赶上（）」."""
    mango = {"id": "mango", "name": "芒果干", "price": 29.9, "colours": ["原味"], "sizes": ["250g", "500g"],
             "prices": {"500g": 52}}
    spend_off = {"name": "年货节", "description": "全店满199减20,下单自动减",
                 "start": dt.date(2026, 12, 1), "end": dt.date(2026, 12, 12)}
    engine = make_engine(products=[mango], promotions=[spend_off], bargain={"bulk": None})
    part = bargain_part(engine.reply("两盒多少钱", item_id="mango", now=dt.datetime(2026, 12, 4, 10)))
    assert (part.case, part.facts["totals"]) == ("prices_total", "250g 29.9元,2份59.8元、500g 52元,2份104元")
    assert "（）" not in part.text and "年货节" not in part.text


@pytest.mark.parametrize("text", ["4.5和5.4各一根多少钱", "4.5一根 5.4一根 一共多少", "4.5和5.4各拍一根 多少钱"])
def test_one_of_each_of_two_sizes_of_one_price_each_is_summed_though_one_pair_has_its_own(
        make_engine: Callable[..., Engine], text: str) -> None:
    rod = {"id": "rod", "name": "台钓竿", "price": 168, "colours": ["28调", "19调"], "sizes": ["4.5米", "5.4米"],
           "variant_aliases": {"4.5米": ["4.5"], "5.4米": ["5.4"]},
           "prices": {"4.5米": 218, "5.4米": 268, "19调 5.4米": 268}}
    engine = make_engine(products=[rod], promotions=[], bargain={"bulk": None})
    part = bargain_part(engine.reply(text, item_id="rod", now=dt.datetime(2026, 12, 26, 14)))
    assert part.facts["total"] == "486元"


@pytest.mark.parametrize("text", ["M跟L差多少钱", "L和XL价格一样吗", "S和M是一个价吗"])
def test_two_sizes_of_one_price_asked_apart_are_told_the_same(engine: Engine, text: str) -> None:
    part = bargain_part(engine.reply(text, item_id=DRESS, now=NO_PROMOTION))
    assert (part.case, part.facts["price"]) == ("prices_same", "169元")  # not the first size's price alone


def test_a_count_of_singles_of_a_year_named_is_what_they_come_to(make_engine: Callable[..., Engine]) -> None:
    puer = {"id": "puer", "name": "普洱饼茶", "price": 128, "colours": ["2019年", "2022年"],
            "sizes": ["单饼357g", "整提7饼"], "prices": {"2019年 单饼357g": 228, "2019年 整提7饼": 1488,
                                                      "2022年 单饼357g": 128, "2022年 整提7饼": 828}}
    engine = make_engine(products=[puer], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("2022年的两饼多少钱", item_id="puer", now=NO_PROMOTION))
    assert (part.facts["price"], part.facts["total"]) == ("128元", "256元")  # two cakes, not two packs of seven


@pytest.mark.parametrize(("text", "price"), [
    ("生普2016多少", "468元"), ("熟茶2020年多少", "168元"), ("2016的多少呀", None),
    ("送长辈 熟茶2020年饼茶多少", "168元"),  # the product's own name after the variant
    ("饼茶多少", None),  # the product itself: its prices
])
def test_a_variant_named_before_a_bare_how_much_asks_its_price(
        make_engine: Callable[..., Engine], text: str, price: str | None) -> None:
    puer = {"id": "puer", "name": "普洱饼茶", "aliases": ["饼茶"], "price": 168, "colours": ["生茶", "熟茶"],
            "sizes": ["2016年", "2020年"], "variant_aliases": {"生茶": ["生普"], "2016年": ["2016"]},
            "prices": {"生茶 2016年": 468, "生茶 2020年": 228, "熟茶 2016年": 328, "熟茶 2020年": 168}}
    engine = make_engine(products=[puer], promotions=[], bargain={"bulk": None})
    reply = engine.reply(text, item_id="puer", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert reply.intents[0] == "bargain" and part.case in ("price", "prices")  # not a size chart, not a haggle
    if price is not None:
        assert part.facts["price"] == price
    else:  # the year alone: both kinds of that year (the product alone: all of them)
        assert "468元" in part.facts["prices"] and "328元" in part.facts["prices"]


def test_a_variant_with_a_count_before_a_bare_how_much_asks_what_they_come_to(
        make_engine: Callable[..., Engine]) -> None:
    tree = {"id": "tree", "name": "发财树盆栽", "price": 39, "colours": ["裸根", "带盆"], "sizes": ["小号", "中号"],
            "prices": {"裸根 中号": 89, "带盆 中号": 129}}
    engine = make_engine(products=[tree], promotions=[], bargain={"bulk": None})
    part = bargain_part(engine.reply("中号裸根两棵多少", item_id="tree", now=NO_PROMOTION))
    assert (part.case, part.facts["price"], part.facts["total"]) == ("price_total", "89元", "178元")


def test_a_second_half_beside_a_spend_off_not_reached_is_worked_out(make_engine: Callable[..., Engine]) -> None:
    bait = {"id": "bait", "name": "商品饵", "price": 26, "colours": ["腥味"], "sizes": ["3袋装"]}
    promotions = [{"name": "饵料第二件半价", "description": "同口味同规格拍两件,第二件半价。", "start": "2026-12-01",
                   "end": "2026-12-31"},
                  {"name": "冬钓季满减", "description": "全店满299减30。", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[bait], promotions=promotions, bargain={"bulk": None})
    part = bargain_part(engine.reply("腥味拍两个多少", item_id="bait", now=dt.datetime(2026, 12, 16, 10)))
    assert (part.case, part.facts["net"], part.facts["promotion_name"]) == ("price_total_off", "39元", "饵料第二件半价")


@pytest.mark.parametrize(("price", "case", "net"), [
    (228, "price_total_off_coupon", "302元"),  # 456 − 114 = 342 reaches 299: − 30, and the coupon that stacks: − 10
    (160, "price_total_off", "240元"),  # 320 − 80 = 240: short of 299 once halved, the 满减 takes nothing
])
def test_a_second_half_of_any_counter_beside_a_spend_off_is_worked_out_with_what_reaches_it(
        make_engine: Callable[..., Engine], price: int, case: str, net: str) -> None:
    puer = {"id": "puer", "name": "普洱饼茶", "price": price, "colours": ["生茶"], "sizes": ["2020年"]}
    promotions = [{"name": "普洱第二饼半价", "description": "同一款拍两饼,第二饼半价。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["puer"]},
                  {"name": "茶礼季", "description": "全店满299减30,可以和店铺券一起用。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[puer], promotions=promotions, bargain={"bulk": None,
                                                                          "coupon": {"amount": 10, "min_spend": 199}})
    part = bargain_part(engine.reply("拍两饼多少钱", item_id="puer", now=dt.datetime(2026, 12, 16, 10)))
    assert (part.case, part.facts["total"], part.facts["net"]) == (case, f"{price * 2}元", net)


@pytest.mark.parametrize("terms", ["同一款拍两饼,第二饼半价;参加第二饼半价的不再参加满减。",
                                   "第二饼半价,不与其他优惠同享。"])
def test_a_second_half_whose_terms_keep_it_apart_takes_no_spend_off_beside_it(
        make_engine: Callable[..., Engine], terms: str) -> None:
    puer = {"id": "puer", "name": "普洱饼茶", "price": 228, "colours": ["生茶"], "sizes": ["2020年"]}
    promotions = [{"name": "普洱第二饼半价", "description": terms, "start": "2026-12-01", "end": "2026-12-31",
                   "products": ["puer"]},
                  {"name": "茶礼季", "description": "全店满299减30,可以和店铺券一起用。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[puer], promotions=promotions, bargain={"bulk": None,
                                                                          "coupon": {"amount": 10, "min_spend": 199}})
    part = bargain_part(engine.reply("拍两饼多少钱", item_id="puer", now=dt.datetime(2026, 12, 16, 10)))
    assert (part.case, part.facts["net"]) == ("price_total_off", "342元")  # 456 − 114: no 满299减30, no coupon


def test_a_count_that_earns_the_bulk_rate_while_a_promotion_runs_gets_the_rates_sum_and_its_terms(
        make_engine: Callable[..., Engine]) -> None:
    tea = {"id": "tea", "name": "寿眉礼盒", "price": 198, "colours": ["寿眉"], "sizes": ["一盒"]}
    promotions = [{"name": "茶礼季", "description": "全店满299减30,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[tea], promotions=promotions, bargain={"bulk": {"min_items": 3, "rate": 0.95}})
    part = bargain_part(engine.reply("拍三盒多少", item_id="tea", now=dt.datetime(2026, 12, 16, 10)))
    assert (part.case, part.facts["total"], part.facts["rate"]) == ("price_total_bulk_terms", "564.3元", "95折")
    assert part.facts["promotion_name"] == "茶礼季" and "满299减30" in part.text  # not the unit price alone
    # each wording says what the promotions take is worked out at checkout: the rate's sum is no price paid
    script = yaml.safe_load((resources.files("replies") / "scripts" / "bargain.yaml").read_text("utf-8"))
    assert all("下单时" in wording for wording in script["price_total_bulk_terms"])


def test_a_variant_of_the_pages_product_said_beside_another_product_is_the_pages(
        make_engine: Callable[..., Engine]) -> None:
    cabinet = {"id": "cabinet", "name": "浴室柜", "aliases": ["浴室柜"], "price": 1599, "colours": ["奶白"],
               "sizes": ["60cm", "80cm"], "variant_aliases": {"80cm": ["80"]}, "prices": {"80cm": 1999}}
    mirror = {"id": "mirror", "name": "镜柜", "aliases": ["镜柜"], "price": 1299, "colours": ["奶白"],
              "sizes": ["60cm", "80cm"], "variant_aliases": {"80cm": ["80"]}, "prices": {"80cm": 1599}}
    engine = make_engine(products=[cabinet, mirror], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("80奶白一个 80镜柜一个 一共多少", item_id="cabinet",
                                     now=dt.datetime(2026, 12, 12, 16)))
    assert (part.case, part.facts["total"]) == ("products_total", "3598元")  # 1999 + 1599, not the mirror's alone


def test_the_pages_kind_of_goods_said_beside_another_product_is_the_pages(make_engine: Callable[..., Engine]) -> None:
    frame = {"id": "frame", "name": "纯钛半框眼镜架", "category": "镜框", "price": 399, "colours": ["黑色"],
             "sizes": ["52口18"]}
    lens = {"id": "lens", "name": "树脂镜片", "aliases": ["镜片"], "category": "镜片", "price": 298,
            "colours": ["防蓝光"], "sizes": ["1.67"]}
    engine = make_engine(products=[frame, lens], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("镜框加1.67防蓝光镜片一共多少钱", item_id="frame",
                                     now=dt.datetime(2026, 12, 12, 16)))
    assert (part.case, part.facts["total"]) == ("products_total", "697元")  # 399 + 298, not the lens alone


def test_goods_summed_by_sizes_written_with_a_times_sign_are_priced_at_those_sizes(
        make_engine: Callable[..., Engine]) -> None:
    rug = {"id": "rug", "name": "客厅地毯", "category": "地毯", "price": 129, "colours": ["奶油白"],
           "sizes": ["120x170cm", "140x200cm"], "prices": {"140x200cm": 189},
           "variant_aliases": {"140x200cm": ["1.4x2", "140*200"]}}
    mat = {"id": "mat", "name": "丝圈门垫", "aliases": ["门垫"], "category": "地垫", "price": 19.9, "colours": ["灰色"],
           "sizes": ["40x60cm", "60x90cm"], "prices": {"60x90cm": 39.9}, "variant_aliases": {"40x60cm": ["40*60"]}}
    engine = make_engine(products=[rug, mat], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("1.4x2的地毯加一个40*60的门垫 一共多少钱", now=dt.datetime(2026, 12, 12, 16)))
    assert (part.case, part.facts["total"]) == ("products_total", "208.9元")  # 189 + 19.9, not a span of mats


def test_what_the_page_is_called_is_no_variant_of_another_product(make_engine: Callable[..., Engine]) -> None:
    box = {"id": "box", "name": "圣诞限定香氛礼盒", "category": "礼盒", "price": 599, "colours": ["玫瑰款"],
           "sizes": ["标准礼盒"]}
    perfume = {"id": "perfume", "name": "玫瑰淡香精", "category": "香水", "price": 299, "colours": ["普通装", "礼盒装"],
               "sizes": ["30ml"], "prices": {"礼盒装": 329}, "variant_aliases": {"礼盒装": ["礼盒"]}}
    engine = make_engine(products=[box, perfume], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply("这个礼盒到手多少钱", item_id="box", now=dt.datetime(2026, 12, 12, 16))
    assert bargain_part(reply).case == "price"  # the box's 599元, not the box and the perfume's 礼盒装 summed
    assert_says(reply, "599元")
    assert "329" not in reply.text


@pytest.mark.parametrize(("text", "total"), [("一条裤子加一件bra一共多少", "238元"),  # 瑜伽裤 called 裤子: 139 + 99
                                            ("一件bra一共多少", None)])  # the bra alone: no total
def test_the_pages_kind_of_goods_said_as_buyers_call_it_beside_another_is_the_pages(
        make_engine: Callable[..., Engine], text: str, total: str | None) -> None:
    leggings = {"id": "leggings", "name": "高腰九分瑜伽裤", "category": "瑜伽裤", "price": 139, "colours": ["黑色"],
                "sizes": ["M"]}
    bra = {"id": "bra", "name": "运动内衣", "aliases": ["bra"], "category": "运动内衣", "price": 99,
           "colours": ["黑色"], "sizes": ["M"]}
    engine = make_engine(products=[leggings, bra], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="leggings", now=dt.datetime(2026, 12, 12, 16)))
    assert part.facts.get("total") == total


@pytest.mark.parametrize(("spend_off", "net"), [
    ("全店满299减30。", "188元"),  # one after its cut stays under 299: the cut alone
    ("全店满150减20。", "168元"),  # what is left after the cut still reaches 150: both
])
def test_what_one_comes_to_while_its_cut_and_a_spend_off_run_is_worked_out(
        make_engine: Callable[..., Engine], spend_off: str, net: str) -> None:
    rod = {"id": "rod", "name": "台钓竿", "price": 218, "colours": ["28调"], "sizes": ["4.5米"]}
    promotions = [{"name": "台钓竿直降", "description": "台钓竿每根立减30元。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["rod"]},
                  {"name": "冬钓季满减", "description": spend_off, "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[rod], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("4.5米到手多少", item_id="rod", now=dt.datetime(2026, 12, 11, 14)))
    assert (part.case, part.facts["net"]) == ("price_net_told", net)


def test_whether_two_cost_the_same_asks_their_prices(make_engine: Callable[..., Engine]) -> None:
    rod = {"id": "rod", "name": "台钓竿", "price": 168, "colours": ["28调", "19调"], "sizes": ["3.6米", "6.3米"],
           "prices": {"6.3米": 338, "19调 6.3米": 358}}
    engine = make_engine(products=[rod], promotions=[], bargain={"bulk": None})
    reply = engine.reply("19调跟28调一个价吗", item_id="rod", now=dt.datetime(2026, 12, 2, 10))
    assert reply.intents[0] == "bargain" and "19调 6.3米 358元" in reply.suggestion  # not for less, nor a product fact


def test_a_length_written_like_a_date_is_the_length(make_engine: Callable[..., Engine]) -> None:
    rod = {"id": "rod", "name": "台钓竿", "price": 168, "colours": ["28调"], "sizes": ["3.6米", "4.5米"],
           "prices": {"4.5米": 198}}
    promotions = [{"name": "买竿送线", "description": "买任意一根台钓竿送一卷主线", "start": "2026-12-01",
                   "end": "2027-01-10"}]
    engine = make_engine(products=[rod], promotions=promotions, bargain={"bulk": None})
    part = bargain_part(engine.reply("3.6的拍两根多少钱", item_id="rod", now=dt.datetime(2027, 1, 6, 10)))
    assert (part.case, part.facts.get("total")) == ("price_total_coupon", "336元")  # not what changes by 3月6日
    assert part.facts["net"] == "326元"  # (the shop's 满199减10 coupon)


@pytest.mark.parametrize(("item", "message", "size", "price"),
                         [("nuts", "经典款两斤多少钱", "1kg", "159元"), ("jerky", "半斤多少钱", "250g", "59元")])
def test_a_weight_said_in_jin_prices_the_size_of_that_weight(item: str, message: str, size: str, price: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(message, item_id=item, now=NO_PROMOTION))
    assert (part.case, part.facts["price"]) == ("price", price) and size in part.facts["product"]


def test_the_price_per_unit_asked_after_stock_is_the_price_not_the_stock() -> None:
    engine = Engine(load_shop("snacks"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 20, 10, 0)
    first = engine.reply("有牛肉干吗", item_id="jerky", now=now)
    then = engine.reply("多少钱一斤", first.conversation, item_id="jerky", now=now)  # 一斤 is the 500g pack
    assert (then.intents[0], then.parts[0].case) == ("bargain", "price")
    assert "108元" in then.parts[0].text


@pytest.mark.parametrize("first_line", ["有什么优惠活动吗", "到手多少"])  # the promotions, or a price net of them
def test_whether_the_promotions_still_hold_tomorrow_is_asked_of_them_not_of_stock(first_line: str) -> None:
    engine = Engine(load_shop("clothing"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 3, 10, 0)
    first = engine.reply(first_line, item_id="dress-floral", now=now)
    then = engine.reply("明天还有吗", first.conversation, item_id="dress-floral", now=now)
    assert (then.intents, then.parts[0].case, then.parts[0].facts["end"]) == (("bargain",), "promotion_until",
                                                                              "12月12日")
    stock = engine.reply("明天还有吗", item_id="dress-floral", now=now)  # asked first: of the goods
    assert stock.intents == ("stock",)


@pytest.mark.parametrize(("then", "case", "told"), [
    ("到几号结束", "promotion_until", {"end": "12月12日"}),  # of the promotion just told, not the ship day
    ("那跨年有吗", "promotion_later", {"promotion_name": "元旦新年福利", "start": "1月1日"}),  # another occasion's
    ("下一个活动几号开始", "promotion_later", {"promotion_name": "元旦新年福利", "start": "1月1日"}),  # the one to come
])
def test_what_follows_the_promotions_is_asked_of_them(then: str, case: str, told: dict[str, str]) -> None:
    engine = Engine(load_shop("clothing"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 3, 10, 0)
    first = engine.reply("有什么优惠活动吗", item_id="dress-floral", now=now)
    part = engine.reply(then, first.conversation, item_id="dress-floral", now=now).parts[0]
    assert (part.intent, part.case) == ("bargain", case) and {key: part.facts[key] for key in told} == told


def test_a_promotion_named_with_still_on_asks_until_when_not_stock(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "连衣裙买赠", "description": "买连衣裙送发圈一个。", "start": "2026-12-01",
                   "end": "2026-12-05"}]
    engine = make_engine(promotions=promotions)
    reply = engine.reply("连衣裙买赠还有吗", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10))
    assert reply.intents == ("bargain",)
    assert (reply.parts[0].case, reply.parts[0].facts["end"]) == ("promotion_until", "12月5日")


@pytest.mark.parametrize(("now", "case"), [(dt.datetime(2026, 12, 3, 10), "promotion_until"),
                                           (dt.datetime(2026, 12, 8, 10), "promotion_over")])
def test_a_promotion_named_by_the_end_of_its_name_is_that_promotion(make_engine: Callable[..., Engine],
                                                                     now: dt.datetime, case: str) -> None:
    promotions = [{"name": "连衣裙第二件半价", "description": "连衣裙拍两件,第二件半价。", "start": "2026-12-01",
                   "end": "2026-12-05"}]
    reply = make_engine(promotions=promotions).reply("第二件半价还有吗", item_id="dress-floral", now=now)
    assert reply.intents == ("bargain",)
    assert (reply.parts[0].case, reply.parts[0].facts["promotion_name"]) == (case, "连衣裙第二件半价")


def test_a_promotion_asked_of_a_product_it_leaves_out_names_those_that_cover_it() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply("坚果也是第二件半价吗", item_id="nuts", now=dt.datetime(2026, 12, 5, 10)))
    assert (part.case, part.facts["promotion_name"], part.facts["running"]) == \
        ("promotion_not_for_others", "牛肉干第二件半价", "双十二年货节")
    assert "满199减20" in part.text


def test_a_promotion_to_come_asked_of_a_product_it_leaves_out_says_so(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "大衣双12直降", "description": "双12期间大衣直降100元。", "start": "2026-12-10",
                   "end": "2026-12-12", "products": ["coat-wool"]}]
    part = make_engine(promotions=promotions).reply("双12连衣裙有活动吗", item_id="dress-floral",
                                                     now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert (part.case, part.facts["promotion_name"]) == ("promotion_not_for", "大衣双12直降")  # not 「到时候再来看看」


def test_a_promotion_that_leaves_the_product_out_is_told_with_the_deals_it_does_take(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "双十二内裤第二件半价", "description": "内裤第二件半价。", "start": "2026-12-10",
                   "end": "2026-12-12", "products": ["coat-wool"]}]
    engine = make_engine(promotions=promotions, bargain={"bulk": {"min_items": 3, "rate": 0.9},
                                                         "coupon": {"amount": 5, "min_spend": 59}})
    reply = engine.reply("双十二有啥活动", item_id="dress-floral", now=dt.datetime(2026, 12, 12, 10))
    assert [p.case for p in reply.parts] == ["promotion_not_for", "coupon_only", "bulk"]
    assert "满59元减5元" in reply.text and "9折" in reply.text


@pytest.mark.parametrize("text", ["满299怎么减", "买连衣裙送啥"])
def test_a_promotions_terms_or_gift_asked_are_the_promotions_not_the_haggle(make_engine: Callable[..., Engine],
                                                                             text: str) -> None:
    promotions = [{"name": "连衣裙买赠", "description": "买连衣裙送发圈一个。", "start": "2026-12-01",
                   "end": "2026-12-05"}]
    part = make_engine(promotions=promotions).reply(text, item_id="dress-floral",
                                                     now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith("promotions") and "发圈" in part.text


def test_with_none_running_the_next_promotion_and_the_coupon_are_told(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "年货节特惠", "description": "全店满500减50。", "start": "2026-12-26", "end": "2027-01-08"}]
    engine = make_engine(promotions=promotions)
    now = dt.datetime(2026, 12, 14, 10)
    part = engine.reply("什么时候有活动", item_id="dress-floral", now=now).parts[0]
    assert (part.case, part.facts["promotion_name"], part.facts["start"]) == ("promotion_later_coupon", "年货节特惠",
                                                                              "12月26日")
    assert "满500减50" in part.text and "199元" in part.text  # its terms, and the coupon usable now
    now_only = engine.reply("有活动吗", item_id="dress-floral", now=now).parts[0]
    assert now_only.case == "coupon_only" and "满500减50" not in now_only.text  # asked of now: not the next one
    asked = engine.reply("年货节什么时候开始", item_id="dress-floral", now=now).parts[0]
    assert (asked.intent, asked.case, asked.facts["start"]) == ("bargain", "promotion_later", "12月26日")


def test_a_gift_asked_late_in_the_haggle_is_the_gift_not_another_step(engine: Engine) -> None:
    replies = haggle(engine, ["能便宜点吗", "再便宜点呗", "最低多少", "送点小礼物吗"])
    part = bargain_part(replies[-1])
    assert (part.case, part.facts["gift"]) == ("gift_also", "一双加厚保暖棉袜")
    assert "改不了" not in part.text  # the price was just cut: it is not said to be fixed


@pytest.mark.parametrize("text", ["原味的多少钱", "麻辣味的多少钱"])
def test_a_flavour_priced_by_its_size_gets_each_sizes_price(text: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(text, item_id="jerky", now=NO_PROMOTION))
    assert (part.case, part.facts["prices"]) == ("prices", "250g 59元、500g 108元、1kg 199元")  # not one price alone


def test_how_long_asked_in_the_line_of_the_price_protection_is_of_it_not_the_warranty(
        make_engine: Callable[..., Engine]) -> None:
    """「有价保吗 保多久」 of a product with a 保修 fact: the 15 days, not its two years of warranty."""
    brush = {"id": "brush", "name": "电动牙刷", "price": 199, "colours": ["白色"], "sizes": ["标准版"],
             "attributes": {"保修": "刷柄两年质保,质量问题免费换新"}}
    engine = make_engine(products=[brush], bargain={"price_protection_days": 15})
    reply = engine.reply("有价保吗 保多久", item_id="brush", now=NO_PROMOTION)
    part = reply.parts[0]
    assert (reply.intents[0], part.case, part.facts.get("days")) == ("bargain", "price_protection", 15)
    assert "两年" not in reply.text + reply.suggestion


def test_how_long_asked_after_the_price_protection_is_of_it(make_engine: Callable[..., Engine]) -> None:
    stated = make_engine(bargain={"negotiable": True, "max_discount": 10, "price_protection_days": 15})
    _, then = haggle(stated, ["买了降价能退差价吗", "多少天内"])
    assert (bargain_part(then).case, bargain_part(then).facts["days"]) == ("price_protection", 15)
    silent = make_engine()  # the example shop states none: a person says, again, not a haggle
    _, again = haggle(silent, ["买了降价能退差价吗", "多少天内"])
    assert bargain_part(again).case == "price_protection_unknown"


@pytest.mark.parametrize(("then", "case", "since"), [
    ("11月10号买的那单呢", "price_protection_over", 23),  # another order, counted
    ("那11月25号拍的呢", "price_protection_within", 8),
    ("那11.10买的那件呢", "price_protection_over", 23),  # a date written with a dot
])
def test_an_order_of_another_day_asked_after_the_price_protection_is_counted(
        make_engine: Callable[..., Engine], then: str, case: str, since: int) -> None:
    engine = make_engine(bargain={"price_protection_days": 15})
    now = dt.datetime(2026, 12, 3, 10)
    first = engine.reply("我12月1号买的 现在降价了能退差价吗", item_id=DRESS, now=now)
    reply = engine.reply(then, first.conversation, item_id=DRESS, now=now)
    assert reply.intents == ("bargain",)  # not a parcel to trace
    assert (reply.parts[0].case, reply.parts[0].facts["since"]) == (case, since)


@pytest.mark.parametrize("then", ["昨天拍的怎么还没发货", "前天买的还没到", "上周下单的怎么还没收到"])
def test_an_order_not_yet_come_after_the_price_protection_is_no_price_protection_again(
        make_engine: Callable[..., Engine], then: str) -> None:
    """「昨天拍的怎么还没发货」 right after 「降价了能退差价吗」: a parcel waited for, not the 价保 told again."""
    engine = make_engine(bargain={"price_protection_days": 0})
    now = dt.datetime(2026, 12, 10, 14)
    first = engine.reply("我前天买的今天降价了 能退差价吗", item_id=DRESS, now=now)
    reply = engine.reply(then, first.conversation, item_id=DRESS, now=now)
    assert reply.intents[0] == "logistics"
    assert "bargain" not in reply.intents


def test_more_of_a_product_never_haggled_over_is_said_so_with_the_bulk_deal(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"negotiable": True, "max_discount": 10, "bulk": {"min_items": 3, "rate": 0.9},
                                  "categories": {"连衣裙": {"negotiable": False}}})
    part = engine.reply("能少点吗 买两件", item_id="dress-floral").parts[0]
    assert (part.case, part.facts["min_items"], part.facts["rate"]) == ("fixed_product_bulk", 3, "9折")


@pytest.mark.parametrize(("text", "case"), [
    ("有优惠吗", "promotions"),  # deals asked of, not a lower price asked for: said even where nothing is haggled
    ("我上周买的现在便宜了50", "price_protection"),  # a drop after buying: the price protection
    ("刚买就降价了", "price_protection"),
])
def test_deals_and_drops_are_told_even_in_a_shop_that_never_haggles(make_engine: Callable[..., Engine], text: str,
                                                                     case: str) -> None:
    engine = make_engine(bargain={"negotiable": False, "price_protection_days": 30,
                                  "coupon": {"amount": 20, "min_spend": 299}})
    part = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith(case) and "不议价" not in part.text


def test_the_difference_asked_back_for_an_order_of_days_ago_is_the_price_protection_not_its_parcel(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"price_protection_days": 0})
    reply = engine.reply("我前天买的裙子 今天价格跌了 能退差价吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    assert reply.intents == ("bargain",) and reply.parts[0].case == "no_price_protection"


def test_a_quantity_after_a_price_is_what_that_many_come_to() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 20, 10)
    first = snacks.reply("500g多少钱", item_id="jerky", now=now)
    then = bargain_part(snacks.reply("两袋呢", first.conversation, item_id="jerky", now=now))
    assert (then.case, then.facts["price"], then.facts["total"]) == ("price_total_coupon", "108元", "216元")


@pytest.mark.parametrize(("count", "stock_case", "total"), [("两袋呢", "enough_low", "398元"),
                                                            ("五袋呢", "not_enough", "895.5元")])
def test_a_quantity_after_a_price_and_its_stock_goes_on_with_both(count: str, stock_case: str, total: str) -> None:
    """「五香味1kg多少钱 还有货吗」 (3 left) … 「两袋呢」: what two come to, and whether two are there."""
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 20, 10)
    first = snacks.reply("五香味1kg多少钱 还有货吗", item_id="jerky", now=now)
    then = snacks.reply(count, first.conversation, item_id="jerky", now=now)
    assert then.intents[:2] == ("stock", "bargain")
    assert (then.parts[0].case, bargain_part(then).facts["total"]) == (stock_case, total)


@pytest.mark.parametrize(("item", "case", "short"), [("dress-floral", "coupon_short", "30元"),
                                                    ("coat-wool", "coupon_fits", None)])
def test_whether_this_one_can_use_the_coupon_is_held_against_its_minimum(engine: Engine, item: str, case: str,
                                                                         short: str | None) -> None:
    part = bargain_part(engine.reply("这个能用券吗", item_id=item, now=NO_PROMOTION))
    assert (part.case, part.facts.get("short")) == (case, short)  # 169元 is 30元 short of 199元; 899元 is over


@pytest.mark.parametrize(("text", "price", "case", "facts"), [
    ("能用那个满800减30的券吗", 899, "coupon_short_net", {"net": "799元", "short": "1元"}),  # 1元 short once cut
    ("这个能用券吗", 199, "coupon_short", {"short": "601元"}),  # short before any cut: shorter after
])
def test_whether_the_coupon_is_reached_while_a_promotion_runs_is_held_against_what_it_comes_to(
        make_engine: Callable[..., Engine], text: str, price: int, case: str, facts: dict[str, str]) -> None:
    jacket = {"id": "jacket", "name": "三合一冲锋衣", "price": price, "colours": ["黑色"], "sizes": ["L"]}
    promotions = [{"name": "双十二直降", "description": "每件直降100元,可以和店铺券一起用。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[jacket], promotions=promotions,
                         bargain={"coupon": {"amount": 30, "min_spend": 800}})
    reply = engine.reply(text, item_id="jacket", now=dt.datetime(2026, 12, 9, 14))
    part = bargain_part(reply)
    assert part.case == case and {k: part.facts[k] for k in facts} == facts and reply.mode == "auto"


@pytest.mark.parametrize(("platform", "text", "price", "cases", "facts"), [
    # 899元 直降100 is 799元, under the 800元 offered: no haggle needed, said so
    ("taobao", "老板便宜点呗 800卖不卖", 899, ["offer_met_net"], {"net": "799元", "offer": "800元"}),
    ("tmall", "800能卖不", 899, ["offer_met_net"], {"net": "799元", "offer": "800元"}),
    # not reached by 700: no, the deals, and the coupon told 1元 short once cut, never 「可以用」
    ("tmall", "700行不", 899, ["tmall_promotion", "coupon_short_net"], {"net": "799元", "short": "1元"}),
    ("taobao", "能便宜点吗", 899, ["fixed_promotion", "coupon_short_net"], {"net": "799元", "short": "1元"}),
    # 999元 cut to 899元 still reaches 满800: the coupon named with the deals, as before
    ("taobao", "能便宜点吗", 999, ["fixed_promotion_coupon"], {"min_spend": "800元"}),
])
def test_a_haggle_where_the_price_does_not_move_is_held_to_what_the_promotion_brings_one_to(
        make_engine: Callable[..., Engine], platform: str, text: str, price: int, cases: list[str],
        facts: dict[str, str]) -> None:
    jacket = {"id": "jacket", "name": "三合一冲锋衣", "price": price, "colours": ["黑色"], "sizes": ["L"]}
    promotions = [{"name": "双十二直降", "description": "每件直降100元,可以和店铺券一起用。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(shop={"platform": platform}, products=[jacket], promotions=promotions,
                         bargain={"negotiable": False, "coupon": {"amount": 30, "min_spend": 800}})
    reply = engine.reply(text, item_id="jacket", now=dt.datetime(2026, 12, 9, 14))
    said = [p for p in reply.parts if p.intent == "bargain" and p.case != "gift_also"]
    assert [p.case for p in said] == cases and reply.mode == "auto"
    assert {k: said[-1].facts[k] for k in facts} == facts


def test_the_coupon_asked_of_a_variant_beside_a_promotion_it_does_not_go_with_is_held_against_its_minimum(
        make_engine: Callable[..., Engine]) -> None:
    phone = {"id": "phone", "name": "小米15", "price": 4499, "colours": ["黑色"], "sizes": ["256G", "1T"],
             "prices": {"1T": 5499}}
    promotions = [{"name": "国家补贴", "description": "立减15%,不能和店铺优惠券一起用。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[phone], promotions=promotions,
                         bargain={"coupon": {"amount": 100, "min_spend": 5000}})
    part = bargain_part(engine.reply("1T用券呢", item_id="phone", now=dt.datetime(2026, 12, 8, 10)))
    assert (part.case, part.facts["price"]) == ("coupon_fits", "5499元")  # the coupon instead: it reaches 5000元


def test_a_gift_named_that_a_running_promotion_gives_is_that_promotion(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "连衣裙送发圈", "description": "12月买连衣裙送一个同色发圈。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    part = make_engine(promotions=promotions).reply("送发圈吗", item_id="dress-floral",
                                                    now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith("promotions") and "同色发圈" in part.text


@pytest.mark.parametrize(("first", "then", "told", "not_told"), [
    ("大号多少钱 送袋子吗", "小号也送吗", "1.6L双层款不送", "便当袋"),
    ("小号多少钱", "送袋子吗", "1.6L双层款不送", "便当袋"),
    ("小号多少钱", "大号送袋子吗", "2.0L三层款送一个保温便当袋", "不送"),
])
def test_a_gift_asked_of_a_variant_is_told_that_variants_part_of_the_gift_fact(
        make_engine: Callable[..., Engine], first: str, then: str, told: str, not_told: str) -> None:
    box = {"id": "box", "name": "保温饭盒", "price": 139, "colours": ["奶白色"], "sizes": ["1.6L双层", "2.0L三层"],
           "prices": {"2.0L三层": 169}, "variant_aliases": {"1.6L双层": ["小号"], "2.0L三层": ["大号"]},
           "attributes": {"赠品": "2.0L三层款送一个保温便当袋,1.6L双层款不送"}}
    engine = make_engine(products=[box], promotions=[])
    now = dt.datetime(2026, 12, 3, 10)
    before = engine.reply(first, item_id="box", now=now)
    part = part_of(engine.reply(then, before.conversation, item_id="box", now=now), "bargain")
    assert part.case == "gift_stated" and told in part.text and not_told not in part.text


def test_another_thing_said_alone_after_a_gift_was_told_asks_it_of_that_too(make_engine: Callable[..., Engine]) -> None:
    """「送雨罩吗」 … 「那杯架呢」 on a pushchair's page whose 配件 says 雨罩、杯架没有送: that fact again, not a person
    left to guess; 「那杯架呢」 after a price is that one's price."""
    pram = {"id": "pram", "name": "轻便伞车", "price": 599, "colours": ["灰色"], "sizes": ["标准"],
            "attributes": {"配件": "标配遮阳篷和车篮;雨罩、杯架没有送,需要的话店里单独买"}}
    cover = {"id": "cover", "name": "推车雨罩", "aliases": ["雨罩"], "price": 39, "colours": ["透明"],
             "sizes": ["通用"]}
    holder = {"id": "holder", "name": "推车杯架", "aliases": ["杯架"], "price": 19.9, "colours": ["黑色"],
              "sizes": ["通用"]}
    engine = make_engine(products=[pram, cover, holder], promotions=[], bargain={"gift": None})
    first = engine.reply("送雨罩吗", item_id="pram", now=NO_PROMOTION)
    again = bargain_part(engine.reply("那杯架呢", first.conversation, item_id="pram", now=NO_PROMOTION))
    assert again.case == "gift_stated" and "杯架没有送" in again.text
    priced = engine.reply("雨罩多少钱", item_id="pram", now=NO_PROMOTION)
    then = bargain_part(engine.reply("那杯架呢", priced.conversation, item_id="pram", now=NO_PROMOTION))
    assert then.case.startswith("price") and "19.9元" in then.text


_LANYARD = {"id": "lanyard", "name": "斜挎手机挂绳", "aliases": ["挂绳"], "category": "挂绳", "price": 15.9,
            "colours": ["黑色"], "sizes": ["斜挎款", "短款腕带"], "prices": {"短款腕带": 9.9}}


@pytest.mark.parametrize(("gift", "told"), [("发圈", ["gift_sold_apart", "gift_also"]), (None, ["gift_sold_apart"])])
def test_a_gift_asked_that_is_other_goods_the_shop_sells_is_told_bought_apart_at_its_price(
        make_engine: Callable[..., Engine], gift: str | None, told: list[str]) -> None:
    """「送挂绳吗」 of a lanyard the shop sells as goods of its own: bought apart, 9.9-15.9元; never the haggle's
    gift in its place (what every order is given, beside it)."""
    case = {"id": "case", "name": "定制照片手机壳", "price": 29.9, "colours": ["透明"], "sizes": ["iPhone16"]}
    engine = make_engine(products=[case, _LANYARD], promotions=[], bargain={"gift": gift})
    reply = engine.reply("送挂绳吗", item_id="case", now=dt.datetime(2026, 12, 3, 10))
    assert [p.case for p in reply.parts] == told
    assert "斜挎手机挂绳 9.9-15.9元" in reply.text
    promotions = [{"name": "买壳送挂绳", "description": "12月买手机壳送一条手机挂绳。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    given = make_engine(products=[case, _LANYARD], promotions=promotions).reply("送挂绳吗", item_id="case",
                                                                               now=dt.datetime(2026, 12, 3, 10))
    assert given.parts[0].case.startswith("promotions")  # a promotion that gives it: that


def test_a_gift_named_by_another_name_of_goods_a_promotion_gives_is_that_promotion(
        make_engine: Callable[..., Engine]) -> None:
    pillow = {"id": "pillow", "name": "羽丝绒枕芯", "aliases": ["枕头"], "category": "枕芯", "price": 49,
              "colours": ["中枕"], "sizes": ["单只"]}
    promotions = [{"name": "冬被送枕芯", "description": "买冬被送一只中枕枕芯。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[pillow], promotions=promotions)
    part = engine.reply("送枕头吗", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith("promotions") and "中枕枕芯" in part.text  # not the haggle's gift


def test_a_gift_named_is_told_the_one_promotion_giving_it_and_no_haggle_gift_beside(
        make_engine: Callable[..., Engine]) -> None:
    """「送枕头吗」 on Tmall, three promotions running, a 防水床笠 kept for haggling: only 买床垫送乳胶枕's terms,
    never the 床笠 promised with the order."""
    promotions = [{"name": "双12床垫节", "description": "床垫全场满3000减300", "start": "2026-12-01",
                   "end": "2026-12-31"},
                  {"name": "买床垫送乳胶枕", "description": "买1.8米床垫送一对乳胶枕,随床垫一起发。",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    pillow = {"id": "pillow", "name": "乳胶枕", "aliases": ["枕头"], "price": 369, "colours": ["白"], "sizes": ["一对"]}
    bed = {"id": "bed", "name": "乳胶床垫", "price": 3999, "colours": ["白色"], "sizes": ["1.8米"]}
    engine = make_engine(products=[bed, pillow], promotions=promotions, shop={"platform": "tmall"},
                         bargain={"gift": "一个防水床笠", "coupon": {"amount": 50, "min_spend": 1500}})
    reply = engine.reply("送枕头吗", item_id="bed", now=dt.datetime(2026, 12, 3, 10))
    assert "一对乳胶枕" in reply.text and "床笠" not in reply.text and "满3000减300" not in reply.text


def test_a_gift_named_that_a_running_promotion_gives_is_that_promotion_over_a_fact_naming_it(
        make_engine: Callable[..., Engine]) -> None:
    lamp = {"id": "lamp", "name": "LED吸顶灯", "price": 299, "colours": ["白色"], "sizes": ["50cm"],
            "attributes": {"光源": "含LED光源,不需要另外买灯泡"}}
    promotions = [{"name": "买吸顶灯送灯泡", "description": "拍吸顶灯送一个9W的LED灯泡。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["lamp"]}]
    part = make_engine(products=[lamp], promotions=promotions).reply(
        "送灯泡吗", item_id="lamp", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith("promotions") and "9W的LED灯泡" in part.text  # not 「不需要另外买灯泡」


@pytest.mark.parametrize(("texts", "case"), [
    (["送枕芯吗", "春秋被也送吗"], "gift_variant_out"),  # the terms give it for the two winter ones only
    (["买空调被送枕芯吗"], "gift_variant_out"),  # by the name the shop also calls it
    (["送枕芯吗", "加厚的也送吗"], "gift_variant_in"),
])
def test_a_gift_given_for_buying_variants_by_name_is_said_of_the_variant_asked(
        make_engine: Callable[..., Engine], texts: list[str], case: str) -> None:
    quilt = {"id": "quilt", "name": "大豆纤维被", "price": 239, "colours": ["春秋被", "冬被", "加厚冬被"],
             "sizes": ["200x230cm"], "variant_aliases": {"春秋被": ["空调被"], "加厚冬被": ["加厚"]}}
    promotions = [{"name": "冬被送枕芯", "description": "买冬被或加厚冬被送一只中枕枕芯。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["quilt"]}]
    engine = make_engine(products=[quilt], promotions=promotions)
    conversation: Conversation | None = None
    for text in texts:
        reply = engine.reply(text, conversation, item_id="quilt", now=dt.datetime(2026, 12, 3, 10))
        conversation = reply.conversation
    part = bargain_part(reply)
    assert part.case == case and "冬被或加厚冬被" in part.text


@pytest.mark.parametrize(("text", "says"), [
    ("拉链款20寸加一个背包一共多少钱", ["15.6寸款 388元", "17.3寸款 418元"]),  # the backpack's size left open
    ("拉链款20寸加一个15.6寸背包一共多少钱", ["418元", "388元"]),
])
def test_a_cut_for_buying_along_with_other_goods_is_taken_off_their_sum(make_engine: Callable[..., Engine],
                                                                        text: str, says: list[str]) -> None:
    case = {"id": "case", "name": "拉链款拉杆箱", "aliases": ["拉链款"], "category": "行李箱", "price": 259,
            "colours": ["黑色"], "sizes": ["20寸"]}
    backpack = {"id": "backpack", "name": "电脑双肩包", "aliases": ["背包", "双肩包"], "category": "背包", "price": 159,
                "colours": ["灰色"], "sizes": ["15.6寸款", "17.3寸款"], "prices": {"17.3寸款": 189}}
    promotions = [{"name": "买箱加购背包", "description": "买任意一个行李箱同时加购双肩包,双肩包立减30元。",
                   "start": "2026-12-01", "end": "2026-12-31", "products": ["backpack"]}]
    engine = make_engine(products=[case, backpack], promotions=promotions, bargain={"bulk": None})
    reply = engine.reply(text, item_id="backpack", now=dt.datetime(2026, 12, 3, 10))
    assert all(said in reply.text for said in says) and "买箱加购背包" in reply.text


@pytest.mark.parametrize("text", ["北京也送吗", "新疆送不送"])
def test_a_place_asked_with_送_after_the_promotions_is_a_delivery_not_a_gift(engine: Engine, text: str) -> None:
    first = engine.reply("有活动吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    reply = engine.reply(text, first.conversation, item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    assert reply.intents[0] == "shipping" and GIFT not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["99朵今天能送不", "99朵明天送吗", "99朵的可以送吗"])
def test_goods_named_before_送_with_a_day_or_能_ask_when_they_come_not_a_gift(
        make_engine: Callable[..., Engine], text: str) -> None:
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "99朵"],
            "prices": {"99朵": 899}, "attributes": {"预订时间": "当天16点前付款可以当天送到;99朵要提前一天预订"}}
    reply = make_engine(products=[rose], bargain={"gift": "一张贺卡"}).reply(text, item_id="rose", now=NO_PROMOTION)
    assert "bargain" not in reply.intents and "贺卡" not in reply.text + reply.suggestion


def test_a_gift_named_before_送_that_a_promotions_name_gives_is_that_promotion_not_a_ship_day(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "套装送发带", "description": "拍套装送同色发带一条,随包裹一起发。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    reply = make_engine(promotions=promotions).reply("发带送吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    assert reply.intents[0] == "bargain" and "同色发带" in reply.text + reply.suggestion  # not 「今天就发」


def test_a_gift_asked_of_is_the_fact_of_what_comes_not_one_that_says_the_word_in_passing(
        make_engine: Callable[..., Engine]) -> None:
    tent = {"id": "tent", "name": "自动帐篷", "price": 399, "colours": ["绿色"], "sizes": ["2人"],
            "attributes": {"搭建": "一个人就能搭,打地钉拉风绳10分钟", "内含": "帐篷主体、12根地钉、8根风绳"}}
    reply = make_engine(products=[tent]).reply("送地钉吗", item_id="tent", now=NO_PROMOTION)
    said = reply.text + reply.suggestion
    assert "12根地钉" in said and "拉风绳10分钟" not in said and GIFT not in said


@pytest.mark.parametrize(("text", "case", "says"), [
    ("麻辣和五香各一斤多少钱", "price", "麻辣味、五香味 500g"),  # both flavours, one price
    ("麻辣和五香多少钱", "prices", "250g 59元、500g 108元、1kg 199元"),
])
def test_flavours_of_one_price_asked_together_are_priced_together(text: str, case: str, says: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(text, item_id="jerky", now=NO_PROMOTION))
    assert part.case == case and says in part.text and "五香" in part.text


def test_an_amount_after_a_price_is_that_many_packs() -> None:
    """「两斤呢」 after the price of the 500g pack: two of them (1kg is no pack of its own here)."""
    shop = load_shop("snacks").model_copy(deep=True)
    data = shop.model_dump()
    jerky = next(p for p in data["products"] if p["id"] == "jerky")
    jerky["sizes"] = ["250g", "500g"]
    jerky["prices"] = {"250g": 59, "500g": 108}
    jerky["stock"] = {colour: {"250g": 5, "500g": 5} for colour in jerky["colours"]}
    jerky["variant_aliases"], jerky["restock"] = {}, []
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    first = engine.reply("500g多少钱", item_id="jerky", now=NO_PROMOTION)
    then = bargain_part(engine.reply("两斤呢", first.conversation, item_id="jerky", now=NO_PROMOTION))
    assert (then.case, then.facts["quantity"], then.facts["total"]) == ("price_total_coupon", 2, "216元")


def test_how_much_after_a_courier_question_is_the_couriers_cost_not_the_price(engine: Engine) -> None:
    reply = ask(engine, "能发顺丰吗 多少钱", now=NO_PROMOTION)
    assert reply.intents == ("shipping",)


def test_whether_two_can_use_the_coupon_just_told_is_what_two_come_to(engine: Engine) -> None:
    first = ask(engine, "有优惠券吗", now=NO_PROMOTION)
    then = bargain_part(engine.reply("两件能用吗", first.conversation, item_id="dress-floral", now=NO_PROMOTION))
    assert (then.case, then.facts["price"]) == ("coupon_fits", "338元")  # two at 169元 reach 199元


def test_a_coupon_no_variant_reaches_is_said_short_by_the_dearest(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"negotiable": True, "max_discount": 10, "coupon": {"amount": 200, "min_spend": 3000}})
    part = bargain_part(engine.reply("用券后多少", item_id="dress-floral", now=NO_PROMOTION))
    assert part.case == "coupon_short" and part.facts["short"] == "2831元"  # 169元 is far from 3000元


def test_a_promotions_terms_quoted_after_the_promotions_are_of_that_promotion(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 31, 10)
    first = ask(engine, "元旦有活动吗", now=now)
    then = bargain_part(engine.reply("第二件半价怎么算", first.conversation, item_id="dress-floral", now=now))
    assert (then.case, then.facts["promotion_name"]) == ("promotion_later", "元旦新年福利")


def test_goods_named_after_the_promotions_are_no_quote_of_terms_that_name_them(
        make_engine: Callable[..., Engine]) -> None:
    fryer = {"id": "fryer", "name": "可视空气炸锅", "aliases": ["空气炸锅"], "price": 299, "colours": ["白色"],
             "sizes": ["4.5L"]}
    promotions = [{"name": "国家补贴", "description": "连衣裙参加国补立减15%;空气炸锅和电水壶不参加。",
                   "start": "2026-12-01", "end": "2026-12-31", "categories": ["连衣裙"]}]
    engine = make_engine(products=[*load_shop().model_dump()["products"], fryer], promotions=promotions)
    now = dt.datetime(2026, 12, 9, 9)
    first = engine.reply("有什么活动吗", item_id=DRESS, now=now)
    part = bargain_part(engine.reply("这件加个空气炸锅一共多少", first.conversation, item_id=DRESS, now=now))
    # 169 + 299 (at the shop's rate for two), not 「国家补贴不包括可视空气炸锅」
    assert part.case.startswith("products_total")
    assert part.facts["prices"] == "法式碎花长袖连衣裙 169元、可视空气炸锅 299元"


@pytest.mark.parametrize(("text", "both"), [
    ("加个空气炸锅一共多少", True),  # the page's goods, and the other joined to them
    ("和你们家的空气炸锅能一起买吗 一共多少", True),
    ("空气炸锅两个一共多少", False),  # two of the other alone
    ("空气炸锅多少钱", False),
])
def test_other_goods_joined_to_the_pages_with_a_total_asked_are_summed_with_them(
        make_engine: Callable[..., Engine], text: str, both: bool) -> None:
    fryer = {"id": "fryer", "name": "可视空气炸锅", "aliases": ["空气炸锅"], "price": 299, "colours": ["白色"],
             "sizes": ["4.5L"]}
    engine = make_engine(products=[*load_shop().model_dump()["products"], fryer], promotions=[])
    part = bargain_part(engine.reply(text, item_id=DRESS, now=NO_PROMOTION))
    assert part.case.startswith("products_total") is both
    assert ("169元" in part.text) is both and "299元" in part.text


@pytest.mark.parametrize("before", [None, "能便宜点吗"])
def test_two_together_of_the_one_product_talked_of_are_what_two_of_each_variant_come_to(
        make_engine: Callable[..., Engine], before: str | None) -> None:
    lamp = {"id": "lamp", "name": "餐厅吊灯", "price": 259, "colours": ["黑色"], "sizes": ["三头", "五头"],
            "prices": {"三头": 259, "五头": 359}}
    promotions = [{"name": "双12", "description": "全店满300减30,满600减70。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[lamp], promotions=promotions, bargain={"bulk": None})
    now = dt.datetime(2026, 12, 3, 10)
    first = engine.reply(before, item_id="lamp", now=now).conversation if before else None
    part = bargain_part(engine.reply("两个一起多少", first, item_id="lamp", now=now))
    assert part.case.startswith("prices_total") and "488元" in part.text and "648元" in part.text  # 518-30, 718-70


def test_what_a_trade_in_takes_off_asked_right_after_it_was_told_is_its_clause_not_a_haggle(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "以旧换新", "start": "2026-12-01", "end": "2026-12-31",
                   "description": "买新机可以以旧换新,任意品牌能通电的旧机抵50元,送新机时上门回收。"}]
    engine = make_engine(promotions=promotions, bargain={"negotiable": False})
    now = dt.datetime(2026, 12, 5, 11)
    first = engine.reply("有什么活动", item_id=DRESS, now=now)
    part = bargain_part(engine.reply("能抵多少", first.conversation, item_id=DRESS, now=now))
    assert (part.case, part.facts["clause"]) == ("promotion_offset", "任意品牌能通电的旧机抵50元")
    assert "不讲价" not in part.text and "议价" not in part.text


@pytest.mark.parametrize(("text", "packs"), [
    ("买20个5w的多少钱", "2份5W 10个装"),  # whole packs make it up, and cost less: said beside it
    ("买3个5w的多少钱", None),  # no whole pack
])
def test_a_count_of_single_pieces_that_whole_packs_make_up_is_told_the_packs_too(
        make_engine: Callable[..., Engine], text: str, packs: str | None) -> None:
    bulbs = {"id": "bulb", "name": "LED灯泡", "price": 6.9, "colours": ["5W", "9W"], "sizes": ["单个", "10个装"],
             "prices": {"10个装": 55}}
    reply = make_engine(products=[bulbs], bargain={"bulk": None}, promotions=[]).reply(
        text, item_id="bulb", now=NO_PROMOTION)
    told = [p for p in reply.parts if p.case == "in_packs"]
    assert [f"{p.facts['packs']}份{p.facts['pack']}" for p in told] == ([packs] if packs else [])
    assert not told or told[0].facts["pack_total"] == "110元"  # 2 × 55, under 20 × 6.9 = 138


@pytest.mark.parametrize("text", ["单袋的买20袋多少钱", "单袋的买20袋有优惠吗"])
def test_a_count_whole_boxes_make_up_is_told_the_boxes_beside_the_price_or_the_deals(
        make_engine: Callable[..., Engine], text: str) -> None:
    """单袋 13.9元 and 10袋整箱 115元: twenty singles are two boxes at 230元, told beside the price or the deals."""
    noodles = {"id": "noodles", "name": "螺蛳粉", "price": 13.9, "colours": ["原味"], "sizes": ["单袋", "10袋整箱"],
               "prices": {"10袋整箱": 115}}
    reply = make_engine(products=[noodles], promotions=[]).reply(text, item_id="noodles", now=NO_PROMOTION)
    told = [p for p in reply.parts if p.case == "in_packs"]
    assert [(p.facts["packs"], p.facts["pack_total"]) for p in told] == [(2, "230元")]


def test_a_price_asked_with_no_product_in_view_lists_the_shops_few_products() -> None:
    shop = load_shop("botcore/data/shops/shoes.yaml")
    part = Engine(shop, rng=random.Random(0)).reply("多少钱", now=NO_PROMOTION).parts[0]
    assert part.case == "shop_prices"
    assert "飞翼X1轻量缓震跑步鞋 399元" in part.facts["prices"] and "149元" in part.facts["prices"]
    assert part.facts["prices"].count("元") == len(shop.products)  # each product once, no haggling


def test_a_price_asked_with_no_product_in_view_of_a_big_catalogue_asks_which(engine: Engine) -> None:
    reply = engine.reply("多少钱", now=NO_PROMOTION)  # the example shop sells 15 products
    assert reply.parts[0].case == "which_product"


@pytest.mark.parametrize(("message", "case", "fact", "value"), [
    ("拍两盒多少钱", "price_total_short", "short", "822元"),  # 178 of 1000: how far short
    ("买12盒多少钱", "price_total_off", "net", "968元"),  # 1068 less the 100
])
def test_a_quantity_priced_during_a_spend_off_promotion_is_summed_and_the_cut_said(
        make_engine: Callable[..., Engine], message: str, case: str, fact: str, value: str) -> None:
    offer = {"name": "双十二白酒节", "description": "满1000减100,下单自动减。", "start": "2026-12-01",
             "end": "2026-12-12"}
    engine = make_engine(products=[WINE], promotions=[offer], bargain={"bulk": None})
    part = engine.reply(message, item_id="wine", now=IN_PROMOTION).parts[0]
    assert (part.case, part.facts["total"], part.facts[fact]) == (case, "178元" if "两" in message else "1068元",
                                                                  value)


@pytest.mark.parametrize(("terms", "message", "case"), [
    ("每满300减30,上不封顶。", "拍两盒多少钱", "price_total_short"),  # 178元: short of the first 300
    ("每满300减30,最多减60。", "拍两盒多少钱", "price_total_terms"),  # a cap: the terms, no net guessed
])
def test_a_quantity_priced_during_a_cut_for_every_so_much_spent_is_worked_out_where_uncapped(
        make_engine: Callable[..., Engine], terms: str, message: str, case: str) -> None:
    offer = {"name": "年货节", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}
    engine = make_engine(products=[WINE], promotions=[offer], bargain={"bulk": None})
    part = engine.reply(message, item_id="wine", now=IN_PROMOTION).parts[0]
    assert (part.case, part.facts["total"]) == (case, f"{2 * WINE['price']:g}元")  # the sum as priced
    assert "net" not in part.facts


def test_a_gift_box_asked_after_the_prices_is_its_price_not_a_gift(make_engine: Callable[..., Engine]) -> None:
    liquor = {"id": "liquor", "name": "浓香型白酒", "price": 168, "colours": ["标准装"], "sizes": ["500ml", "双瓶礼盒"],
              "variant_aliases": {"双瓶礼盒": ["礼盒", "双瓶"]}, "prices": {"双瓶礼盒": 318}}
    engine = make_engine(products=[liquor])
    first = engine.reply("多少钱", item_id="liquor", now=NO_PROMOTION)
    part = engine.reply("双瓶礼盒呢", first.conversation, item_id="liquor", now=NO_PROMOTION).parts[0]
    assert (part.case, part.facts["price"]) == ("price", "318元")  # no 「价格改不了 送您…」


@pytest.mark.parametrize(("text", "case"), [("24和28差多少", "prices"), ("28寸到手多少", "price")])
def test_how_far_two_prices_are_apart_or_what_one_comes_to_is_a_price_question(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    suitcase = {"id": "case", "name": "PC拉杆箱", "price": 299, "colours": ["黑色"], "sizes": ["20寸", "24寸", "28寸"],
                "prices": {"24寸": 359, "28寸": 429}}
    reply = make_engine(products=[suitcase]).reply(text, item_id="case", now=NO_PROMOTION)
    assert (reply.intents[0], reply.parts[0].case) == ("bargain", case)
    assert "429元" in reply.suggestion


def test_a_fact_of_how_the_product_is_priced_named_is_that_fact_not_the_price(
        make_engine: Callable[..., Engine]) -> None:
    ring = {"id": "ring", "name": "足金素圈戒指", "price": 1980, "colours": ["光面"], "sizes": ["13号"],
            "attributes": {"金价": "按下单当天的金价计算,付款后价格锁定"}}
    part = make_engine(products=[ring]).reply("今天金价多少", item_id="ring", now=NO_PROMOTION).parts[0]
    assert (part.case, part.facts["part"]) == ("part_price", "金价")
    assert part.facts["note"] == "按下单当天的金价计算,付款后价格锁定"


def test_a_promotion_named_by_a_fact_of_the_product_is_what_that_fact_says(
        make_engine: Callable[..., Engine]) -> None:
    phone = {"id": "phone", "name": "小米15", "price": 4499, "colours": ["黑色"], "sizes": ["256G", "1T"],
             "attributes": {"国补": "256G能用国家补贴,到手3999元;1T超过6000元不能用"}}
    promotions = [{"name": "国家补贴", "description": "6000元以下的手机可以用国补,立减15%。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[phone], promotions=promotions)
    part = engine.reply("能用国补吗", item_id="phone", now=dt.datetime(2026, 12, 8, 10)).parts[0]
    assert (part.case, part.facts["note"]) == ("promotion_own", "256G能用国家补贴,到手3999元;1T超过6000元不能用")
    how = engine.reply("国补怎么领", item_id="phone", now=dt.datetime(2026, 12, 8, 10)).parts[0]
    assert how.case != "promotion_own" and "立减15%" in how.text  # how to claim it: the promotion's terms


@pytest.mark.parametrize(("fact", "sent"), [
    ("本款参加国家补贴,按成交价立减15%,最高减500元", False),  # no sum stated: a person works it out
    ("256G能用国家补贴,到手3999元", True),  # the sum the fact states
])
def test_what_a_promotion_named_by_a_fact_comes_to_is_drafted_where_the_fact_states_no_sum(
        make_engine: Callable[..., Engine], fact: str, sent: bool) -> None:
    phone = {"id": "phone", "name": "小米15", "price": 4499, "colours": ["黑色"], "sizes": ["256G"],
             "attributes": {"国补": fact}}
    promotions = [{"name": "双12", "description": "全店满3000减200。", "start": "2026-12-01", "end": "2026-12-12"},
                  {"name": "国家补贴", "description": "国补按成交价立减15%,最高减500元。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["phone"]}]
    reply = make_engine(products=[phone], promotions=promotions).reply("国补加直降到手多少", item_id="phone",
                                                                      now=dt.datetime(2026, 12, 8, 10))
    assert bargain_part(reply).case == "promotion_own" and (reply.mode == "auto") is sent


@pytest.mark.parametrize(("asked", "case"), [
    ("推车加睡篮多少钱", "price"),  # the variant's price, not the 睡篮 fact
    ("带睡篮的多少钱", "price"),  # (by the variant's alias)
    ("睡篮有直降吗", "promotions"),  # the promotion's 推车加睡篮款不参加 speaks of the variant, not of the fact
])
def test_a_fact_whose_name_is_inside_a_variants_name_is_not_the_promotion_asked(
        make_engine: Callable[..., Engine], asked: str, case: str) -> None:
    stroller = {"id": "stroller", "name": "高景观婴儿推车", "price": 1299, "colours": ["米白"],
                "sizes": ["推车单品", "推车加睡篮"], "prices": {"推车加睡篮": 1699},
                "variant_aliases": {"推车加睡篮": ["带睡篮", "睡篮款"]},
                "attributes": {"睡篮": "睡篮款多一个独立睡篮,适合0到6个月平躺睡"}}
    promotions = [{"name": "推车直降", "description": "推车单品直降200元;推车加睡篮款不参加。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[stroller], promotions=promotions, bargain={"coupon": None})
    part = bargain_part(engine.reply(asked, item_id="stroller", now=dt.datetime(2026, 12, 8, 10)))
    assert part.case.startswith(case) and part.case != "promotion_own"
    assert ("1699元" in part.text) == (case == "price")



def test_a_price_asked_with_a_promotion_that_leaves_the_variant_out_says_both(
        make_engine: Callable[..., Engine]) -> None:
    """「带睡篮的多少钱 有直降吗」: 1699元, and that the 直降 leaves that one out; not 「实价不议价」 alone."""
    stroller = {"id": "stroller", "name": "高景观婴儿推车", "price": 1299, "colours": ["米白"],
                "sizes": ["推车单品", "推车加睡篮"], "prices": {"推车加睡篮": 1699},
                "variant_aliases": {"推车加睡篮": ["带睡篮", "睡篮款"]}}
    promotions = [{"name": "推车直降", "description": "推车单品直降200元;推车加睡篮款不参加。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[stroller], promotions=promotions, bargain={"coupon": None, "negotiable": False})
    reply = engine.reply("带睡篮的多少钱 有直降吗", item_id="stroller", now=dt.datetime(2026, 12, 8, 10))
    cases = [part.case for part in reply.parts]
    assert cases == ["price", "promotion_excluded"] and "1699元" in reply.text and "不参加" in reply.text


def test_whether_it_costs_more_is_the_products_fact_of_what_costs_more(make_engine: Callable[..., Engine]) -> None:
    roses = {"id": "roses", "name": "玫瑰花束", "price": 168, "colours": ["红玫瑰"], "sizes": ["11枝"],
             "attributes": {"节日价格": "12月24日、25日送达的每束加价30元", "花期": "5到7天"}}
    part = make_engine(products=[roses]).reply("圣诞节当天送加价吗", item_id="roses", now=NO_PROMOTION).parts[0]
    assert (part.case, part.facts["note"]) == ("part_price", "12月24日、25日送达的每束加价30元")  # not a haggle


def test_a_drop_after_buying_in_a_named_sale_is_the_price_protection(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"price_protection_days": 7})
    part = engine.reply("双12买的现在降价了", item_id=DRESS, now=NO_PROMOTION).parts[0]
    assert (part.case, part.facts["days"]) == ("price_protection", 7)  # not 「双12已经结束了」


def test_a_gift_of_one_character_is_the_fact_named_by_it(make_engine: Callable[..., Engine]) -> None:
    bike = {"id": "bike", "name": "城市自行车", "price": 699, "colours": ["白色"], "sizes": ["26寸"],
            "attributes": {"车锁": "不送锁,活动期间赠品以活动为准", "车筐": "送前车筐"}}
    reply = make_engine(products=[bike]).reply("送锁吗", item_id="bike", now=NO_PROMOTION)
    assert "不送锁" in reply.suggestion and GIFT not in reply.suggestion  # the bike's own fact, not the haggle's gift


@pytest.mark.parametrize(("text", "said"), [
    ("送点啥", "本店再送一张钢化膜"),  # what comes, asked of: the fact written under 赠品
    ("送东西吗 有膜不", "本店再送一张钢化膜"),  # 东西: whatever comes, not a haggle
    ("送醋吗", "每盒附4包蟹醋"),  # a thing one character long that a fact says comes with it
])
def test_a_gift_asked_of_is_what_the_products_facts_say_comes_with_it(
        make_engine: Callable[..., Engine], text: str, said: str) -> None:
    box = {"id": "box", "name": "礼盒装", "price": 299, "colours": ["标准"], "sizes": ["一盒"],
           "attributes": {"赠品": "盒子里自带保护壳,本店再送一张钢化膜", "包装": "保温箱加冰袋,每盒附4包蟹醋"}}
    reply = make_engine(products=[box]).reply(text, item_id="box", now=NO_PROMOTION)
    assert reply.parts[0].case == "gift_stated" and said in reply.suggestion and GIFT not in reply.suggestion


@pytest.mark.parametrize(("text", "said"), [
    ("送hdmi线吗", "送一根1.5米HDMI线"),  # a thing spelt in Latin letters before its word: the fact giving it
    ("送个usb线不", None),  # a port is no cable: no fact gives one (no 接口 told as what comes)
])
def test_a_gift_spelt_in_latin_letters_is_looked_for_whole(make_engine: Callable[..., Engine], text: str,
                                                          said: str | None) -> None:
    projector = {"id": "x5", "name": "家用投影仪", "price": 2599, "colours": ["白色"], "sizes": ["标准版"],
                 "attributes": {"接口": "两个HDMI,一个USB", "赠品": "送一根1.5米HDMI线和一个收纳包"}}
    reply = make_engine(products=[projector]).reply(text, item_id="x5", now=NO_PROMOTION)
    assert reply.intents == ("bargain",)
    assert (reply.parts[0].case == "gift_stated") is (said is not None)
    assert said is None or said in reply.suggestion
    assert "两个HDMI" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "held"), [
    ("送头饰吗", True),  # a thing none of its facts names: what the set holds, for a person to check
    ("送个小礼物呗", False),  # a gift as such: the haggle's gift
])
def test_a_thing_asked_to_come_with_a_set_is_told_what_the_set_holds(
        make_engine: Callable[..., Engine], text: str, held: bool) -> None:
    aoqun = {"id": "aoqun", "name": "儿童袄裙", "price": 239, "colours": ["红色"], "sizes": ["120"],
             "attributes": {"内含": "袄子和马面裙两件,不含发饰和斗篷"}}
    reply = make_engine(products=[aoqun]).reply(text, item_id="aoqun", now=NO_PROMOTION)
    assert ("不含发饰和斗篷" in reply.suggestion) is held and (GIFT in reply.suggestion) is not held
    assert not held or (reply.parts[0].case, reply.mode) == ("gift_stated", "handoff")


def test_a_gift_begged_instead_of_less_is_a_haggle_not_what_comes_with_it(make_engine: Callable[..., Engine]) -> None:
    """「再便宜点呗 送个滤芯也行啊」 of a purifier whose 滤芯 says what is fitted: no less, no gift, not that."""
    purifier = {"id": "ro", "name": "RO净水器", "price": 1999, "colours": ["白色"], "sizes": ["600G"],
                "attributes": {"滤芯": "两支滤芯,PPC复合滤芯和RO膜滤芯"}}
    engine = make_engine(products=[purifier], promotions=[], bargain={"negotiable": False, "gift": None})
    reply = engine.reply("再便宜点呗 送个滤芯也行啊", item_id="ro", now=NO_PROMOTION)
    assert reply.parts[0].case != "gift_stated" and "两支滤芯" not in reply.text + reply.suggestion


def test_a_gift_begged_that_a_fact_names_only_as_an_aside_is_a_haggle_and_one_its_gifts_leave_out_is_that_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「那再送个琴架呗」 of a piano whose 尺寸 says 长1326毫米(不含琴架): the shop's gift for a haggle, never its size;
    「送不送琴凳啊」 of one whose 赠品 says 送琴罩…(不含琴凳): that fact."""
    piano = {"id": "piano", "name": "便携电钢琴", "price": 2999, "colours": ["黑色"], "sizes": ["88键"],
             "attributes": {"尺寸": "长1326宽271高132毫米(不含琴架)", "赠品": "送琴罩、耳机(不含琴凳,琴凳要另外买)"}}
    stand = {"id": "stand", "name": "X型琴架", "aliases": ["琴架"], "price": 129,
             "colours": ["黑色"], "sizes": ["均码"]}
    engine = make_engine(products=[piano, stand], promotions=[])
    begged = engine.reply("那再送个琴架呗", item_id="piano", now=NO_PROMOTION)
    assert begged.parts[0].case.startswith("gift") and "1326" not in begged.text + begged.suggestion
    assert GIFT in begged.text + begged.suggestion
    asked = engine.reply("送不送琴凳啊", item_id="piano", now=NO_PROMOTION)
    assert "不含琴凳" in asked.text + asked.suggestion


def test_a_gift_asked_by_the_name_of_a_fact_the_product_states_is_that_fact(
        make_engine: Callable[..., Engine]) -> None:
    cooker = {"id": "cooker", "name": "不锈钢压力锅", "price": 399, "colours": ["银色"], "sizes": ["4L"],
              "attributes": {"配件": "送蒸格一个和备用密封圈一个"}}
    reply = make_engine(products=[cooker]).reply("送什么配件", item_id="cooker", now=NO_PROMOTION)
    assert reply.parts[0].case in ("gift_stated", "facts")  # (bargain's or the product's: both tell the fact)
    assert "送蒸格一个和备用密封圈一个" in reply.suggestion and GIFT not in reply.suggestion  # not the haggle's gift


def test_what_is_given_asked_with_a_thing_named_is_all_that_comes_and_what_its_promotion_gives(
        make_engine: Callable[..., Engine]) -> None:
    """「送啥东西 有琴包吗」: the bag, and the rest of what comes, and the tuner its own promotion gives."""
    uke = {"id": "uke", "name": "尤克里里", "price": 199, "colours": ["原木色"], "sizes": ["23寸"],
           "attributes": {"内含": "琴、加棉琴包、备用弦一套、拨片2片", "琴包": "送的是10毫米加厚棉琴包"}}
    tuner = {"name": "送调音器", "description": "拍尤克里里送一个夹式调音器。", "start": "2026-12-01",
             "end": "2026-12-12", "products": ["uke"]}
    engine = make_engine(products=[uke], promotions=[tuner])
    reply = engine.reply("送啥东西 有琴包吗", item_id="uke", now=dt.datetime(2026, 12, 9, 15))
    said = reply.text + reply.suggestion
    assert all(told in said for told in ("10毫米加厚棉琴包", "备用弦一套", "夹式调音器")), said
    alone = engine.reply("有琴包吗", item_id="uke", now=dt.datetime(2026, 12, 9, 15))
    assert "调音器" not in alone.text + alone.suggestion  # (the bag asked alone: the bag)


@pytest.mark.parametrize("text", ["行吧 那送袜子吗", "好的 送个发圈呗"])
def test_a_gift_asked_after_a_plain_yes_is_the_gift_not_a_thanks(engine: Engine, text: str) -> None:
    assert ask(engine, text).intents[0] == "bargain"


def test_a_bulk_rate_with_a_spend_off_promotion_out_of_reach_is_the_bulk_total(
        make_engine: Callable[..., Engine]) -> None:
    offer = {"name": "双十二白酒节", "description": "满1000减100,下单自动减。", "start": "2026-12-01",
             "end": "2026-12-12"}
    engine = make_engine(products=[WINE], promotions=[offer], bargain={"bulk": {"min_items": 3, "rate": 0.9}})
    part = engine.reply("买三盒多少钱", item_id="wine", now=IN_PROMOTION).parts[0]
    assert (part.case, part.facts["total"]) == ("price_total_bulk", "240.3元")  # 267元 is short of 1000


def test_a_thing_asked_to_come_free_that_the_products_facts_name_is_told_from_them(
        make_engine: Callable[..., Engine]) -> None:
    dress = {"id": "ruqun", "name": "齐胸襦裙", "price": 399, "colours": ["粉色"], "sizes": ["M"],
             "attributes": {"内含": "上襦一件、下裙一条、披帛一条"}}
    reply = make_engine(products=[dress]).reply("送披帛吗", item_id="ruqun", now=NO_PROMOTION)
    assert "披帛一条" in reply.suggestion and GIFT not in reply.suggestion


@pytest.mark.parametrize("text", ["那我现在买双12能补差价吗", "现在拍 活动时能退差价不"])
def test_the_difference_asked_against_a_sale_to_come_is_the_price_protection(
        make_engine: Callable[..., Engine], text: str) -> None:
    reply = make_engine(bargain={"price_protection_days": 15}).reply(text, item_id=DRESS, now=NO_PROMOTION)
    assert reply.intents == ("bargain",)  # 补差价 of a price drop, not a courier's surcharge
    assert (reply.parts[0].case, reply.parts[0].facts["days"]) == ("price_protection", 15)


def test_what_if_it_drops_later_is_the_price_protection(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"price_protection_days": 30})
    part = engine.reply("过两天降价了怎么办", item_id=DRESS, now=NO_PROMOTION).parts[0]
    assert (part.case, part.facts["days"]) == ("price_protection", 30)


@pytest.mark.parametrize(("text", "case", "mode"), [
    ("我12月10号买的能退差价吗", "price_protection_over", "auto"),  # 16 days of 15: past it
    ("我12月20号买的能退差价吗", "price_protection_within", "handoff"),  # within: the order's price, a person
    ("我20号买的 今天降价了能退差价吗", "price_protection_within", "handoff"),  # the day bought, not 今天
    ("我上周买的 今天降价了能退差价吗", "price_protection_order", "handoff"),  # some day last week: a person counts
    ("上周六买的能退差价吗", "price_protection_within", "handoff"),  # 12-19: that day, counted
])
def test_the_day_bought_is_counted_against_the_price_protection(make_engine: Callable[..., Engine], text: str,
                                                                case: str, mode: str) -> None:
    engine = make_engine(bargain={"price_protection_days": 15})
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 26, 10))
    assert (reply.parts[0].case, reply.mode) == (case, mode)
    assert reply.parts[0].facts["days"] == 15


def test_a_variant_named_after_the_promotions_asks_its_price_not_for_less(make_engine: Callable[..., Engine]) -> None:
    phone = {"id": "phone", "name": "Note14手机", "price": 1599, "colours": ["黑色"], "sizes": ["8+256", "12+512"],
             "variant_aliases": {"12+512": ["512G", "512"]}, "prices": {"12+512": 1999}}
    engine = make_engine(products=[phone])
    first = engine.reply("有什么活动", item_id="phone", now=IN_PROMOTION)
    part = engine.reply("512的呢", first.conversation, item_id="phone", now=IN_PROMOTION).parts[0]
    assert part.case.startswith("price") and part.facts["price"] == "1999元"


@pytest.mark.parametrize(("text", "told"), [
    ("到手价多少", "8+256 1599元到手1499元、12+512 1999元到手1899元"),  # each variant's, the cut taken off
    ("直降100后多少钱", "8+256 1599元到手1499元、12+512 1999元到手1899元"),  # not a haggle
    ("8+256到手多少", "1499元"),
])
def test_the_price_after_a_straight_cut_is_worked_out(make_engine: Callable[..., Engine], text: str,
                                                      told: str) -> None:
    phone = {"id": "phone", "name": "Note14手机", "price": 1599, "colours": ["黑色"], "sizes": ["8+256", "12+512"],
             "prices": {"12+512": 1999}}
    offer = {"name": "年货节", "description": "Note14直降100元。", "start": "2026-12-01", "end": "2026-12-31"}
    reply = make_engine(products=[phone], promotions=[offer]).reply(text, item_id="phone", now=IN_PROMOTION)
    assert told in reply.suggestion


def test_a_variant_named_by_a_word_of_facts_after_the_price_is_its_price(make_engine: Callable[..., Engine]) -> None:
    mouse = {"id": "mouse", "name": "无线鼠标", "price": 59, "colours": ["黑色"], "sizes": ["单模", "双模"],
             "prices": {"双模": 79}, "variant_aliases": {"双模": ["蓝牙款", "蓝牙"]}}
    engine = make_engine(products=[mouse])
    first = engine.reply("多少钱", item_id="mouse")
    then = part_of(engine.reply("蓝牙的呢", first.conversation, item_id="mouse"), "bargain")  # 蓝牙 names 双模
    assert (then.case, then.facts["price"]) == ("price", "79元")


@pytest.mark.parametrize("haggled", [False, True])
def test_a_gift_a_promotion_gives_is_never_said_to_be_none(make_engine: Callable[..., Engine], haggled: bool) -> None:
    promotions = [{"name": "满额赠小样", "description": "实付满199元送精华小样两支。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions, bargain={"gift": ""})
    now = dt.datetime(2026, 12, 3, 10)
    before = engine.reply("能便宜点吗", item_id="dress-floral", now=now).conversation if haggled else None
    part = part_of(engine.reply("满多少送小样", before, item_id="dress-floral", now=now), "bargain")
    assert part.case.startswith("promotions") and "满199元送精华小样" in part.text


def test_the_price_asked_beside_a_promotion_named_is_told_with_it(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "双十二家具节", "description": "全店满3000减300。", "start": "2026-12-10",
                   "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    now = dt.datetime(2026, 12, 11, 15)
    part = part_of(engine.reply("L码多少钱 双十二有优惠吗", item_id=DRESS, now=now), "bargain")
    assert part.case.startswith("price_promotions") and part.facts["price"] == "169元" and "满3000减300" in part.text
    alone = part_of(engine.reply("双十二活动到哪天", item_id=DRESS, now=now), "bargain")
    assert alone.case == "promotion_until"  # asked of the promotion alone: that one


@pytest.mark.parametrize("then", ["怎么参加", "要领券吗", "要备注吗", "需要留言一下吗"])
def test_how_to_take_part_after_the_promotions_is_their_terms(make_engine: Callable[..., Engine], then: str) -> None:
    promotions = [{"name": "年末囤货", "description": "拍2箱再送1包,备注囤货即可。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions)
    now = dt.datetime(2026, 12, 15, 20)
    first = engine.reply("有活动吗", item_id=DRESS, now=now)
    part = part_of(engine.reply(then, first.conversation, item_id=DRESS, now=now), "bargain")
    assert part.case.startswith("promotions") and "备注囤货" in part.text


def test_a_shop_that_never_haggles_still_gives_its_gift(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"negotiable": False, "gift": "一个7格便携药盒", "coupon": None}, promotions=[])
    part = part_of(engine.reply("送点东西呗", item_id=DRESS), "bargain")
    assert (part.case, part.facts["gift"]) == ("gift", "一个7格便携药盒")
    assert part_of(engine.reply("能便宜点吗", item_id=DRESS), "bargain").case == "fixed"


def test_a_buy_n_get_m_deal_asked_of_is_the_promotion(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "年货季买二送一", "description": "拍2瓶送1瓶同款,下单自动加赠。", "start": "2026-12-20",
                   "end": "2026-12-31"}]
    engine = make_engine(bargain={"negotiable": False}, promotions=promotions)
    part = part_of(engine.reply("买二送一是真的吗", item_id=DRESS, now=dt.datetime(2026, 12, 21, 10)), "bargain")
    assert part.case.startswith("promotions") and "拍2瓶送1瓶" in part.text


def test_the_gift_named_as_a_product_the_shop_sells_is_the_gift(make_engine: Callable[..., Engine]) -> None:
    capo = {"id": "capo", "name": "吉他变调夹", "aliases": ["变调夹"], "price": 29, "colours": ["黑色"],
            "sizes": ["民谣款"], "negotiable": False}
    guitar = {"id": "guitar", "name": "民谣吉他", "price": 899, "colours": ["原木色"], "sizes": ["41寸"]}
    engine = make_engine(products=[guitar, capo], bargain={"gift": "一个变调夹"})
    part = part_of(engine.reply("再送个变调夹呗", item_id="guitar"), "bargain")
    assert part.case.startswith("gift") and part.facts["gift"] == "一个变调夹"  # not 「变调夹是实价商品」
    assert part.facts.get("product", "民谣吉他") == "民谣吉他"  # asked with the guitar: still the guitar's talk


@pytest.mark.parametrize(("spend", "net"), [(150, "139元"), (300, None)])
def test_the_price_after_a_plain_spend_cut_the_item_reaches_is_worked_out(make_engine: Callable[..., Engine],
                                                                         spend: int, net: str | None) -> None:
    promotions = [{"name": "双十二", "description": f"全店满{spend}减30,结算时自动减。", "start": "2026-12-10",
                   "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    part = part_of(engine.reply("满减后多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 11, 11)), "bargain")
    assert part.facts["price"] == "169元"
    assert (part.case, part.facts.get("net")) == (("price_net_told", net) if net else (part.case, None))


@pytest.mark.parametrize(("text", "case", "said"), [
    ("25cm 1.8米多少钱", "price", "2499元"),  # the pair's own price
    ("1.8的多少钱", "prices", "20cm 1.8米 2199元、25cm 1.8米 2499元"),  # a size of two prices: both
    ("多少钱", "prices", "25cm 1.5米 2199元"),  # every colour in every size
    # two sizes asked apart: each thickness of each, not the first thickness's alone (and the gap, 300元 in both)
    ("1.5米和1.8米差多少钱", "prices_gap",
     "20cm 1.5米 1899元、25cm 1.5米 2199元、20cm 1.8米 2199元、25cm 1.8米 2499元"),
])
def test_a_colour_in_a_size_priced_on_its_own(make_engine: Callable[..., Engine], text: str, case: str,
                                            said: str) -> None:
    mattress = {"id": "mattress", "name": "乳胶床垫", "price": 1899, "colours": ["20cm", "25cm"],
                "sizes": ["1.5米", "1.8米"], "colour_label": "厚度", "size_label": "尺寸",
                "variant_aliases": {"1.8米": ["1.8"]},
                "prices": {"1.8米": 2199, "25cm 1.5米": 2199, "25cm 1.8米": 2499}}
    part = part_of(make_engine(products=[mattress], promotions=[]).reply(text, item_id="mattress"), "bargain")
    assert part.case == case
    assert said in (part.facts["price"] if case == "price" else part.facts["prices"])


@pytest.mark.parametrize(("text", "case", "said"), [
    ("t系列2支装和4支装各一个多少钱", "products_total", "108元"),  # the series named: its packs, 39 + 69
    ("x系列2支装和4支装一共多少", "products_total", "168元"),
    # no series named: every series' pack, not the list price twice (39 + 39)
    ("2支装和4支装各一个多少钱", "prices", "T系列 2支装 39元、X系列 2支装 59元、T系列 4支装 69元、X系列 4支装 109元"),
    ("T系列和X系列的2支装分别多少钱", "prices", "T系列 39元、X系列 59元"),  # not 「T系列、X系列 2支装是39元」
    ("T系列和X系列多少钱", "prices", "T系列 2支装 39元、T系列 4支装 69元、X系列 2支装 59元、X系列 4支装 109元"),
])
def test_several_variants_of_a_product_priced_by_pairs_are_each_priced_with_their_other_half(
        make_engine: Callable[..., Engine], text: str, case: str, said: str) -> None:
    heads = {"id": "heads", "name": "替换刷头", "price": 39, "colours": ["T系列", "X系列"], "sizes": ["2支装", "4支装"],
             "colour_label": "系列", "size_label": "规格", "variant_aliases": {"T系列": ["t系列"], "X系列": ["x系列"]},
             "prices": {"T系列 2支装": 39, "T系列 4支装": 69, "X系列 2支装": 59, "X系列 4支装": 109}}
    engine = make_engine(products=[heads], promotions=[], bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id="heads"), "bargain")
    assert part.case == case
    assert said in (part.facts["total"] if case == "products_total" else part.facts["prices"])


@pytest.mark.parametrize(("terms", "case"), [
    ("全店满199减25,下单自动减,可以和店铺优惠券一起用。", "stacking"),  # what the terms say of it
    ("全店满199减25,下单自动减。", "stacking_unknown"),  # they say nothing: a person knows
    ("全店满199减25,不和3件9折一起用。", "stacking_unknown"),  # they speak of another offer, not the coupon
    ("全店满199减25,不与其他优惠同享。", "stacking"),  # of every other offer: the coupon too
])
def test_whether_the_deals_go_together_is_what_their_terms_say(make_engine: Callable[..., Engine], terms: str,
                                                                case: str) -> None:
    promotions = [{"name": "双十二", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    reply = make_engine(promotions=promotions).reply("满减能叠加优惠券吗", item_id=DRESS, now=dt.datetime(2026, 12, 8))
    part = part_of(reply, "bargain")
    assert part.case == case
    assert case != "stacking" or part.facts["note"] in ("可以和店铺优惠券一起用", "不与其他优惠同享")
    assert case != "stacking_unknown" or reply.mode == "handoff"


@pytest.mark.parametrize("text", ["双十二有活动吗 能叠加券不", "有什么优惠 能和券一起用吗"])
def test_whether_any_promotion_runs_asked_with_whether_it_stacks_gets_the_promotions_and_their_terms(
        make_engine: Callable[..., Engine], text: str) -> None:
    terms = "全店满199减25,下单自动减,可以和店铺优惠券一起用。"
    promotions = [{"name": "双十二", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    reply = make_engine(promotions=promotions).reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 8))
    part = part_of(reply, "bargain")
    assert part.case != "stacking" and "满199减25" in reply.text and "可以和店铺优惠券一起用" in reply.text


def test_a_count_during_a_promotion_that_only_gives_a_gift_is_summed(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "满300送摇杯", "description": "单笔实付满300元送摇杯一个。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": {"min_items": 2, "rate": 0.9}})
    part = part_of(engine.reply("两件M码多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 9, 13)), "bargain")
    assert (part.case, part.facts["total"]) == ("price_total_bulk", "304.2元")  # 2 × 169 × 0.9: the gift takes nothing


def test_a_gift_promotion_beside_a_plain_spend_cut_leaves_the_sum_worked_out(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [
        {"name": "双十二", "description": "全店满300减40,结算时自动减。", "start": "2026-12-01", "end": "2026-12-12"},
        {"name": "满额赠", "description": "实付满199元送小样两支。", "start": "2026-12-01", "end": "2026-12-31"},
    ]
    engine = make_engine(promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply("两件M码多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 10, 10)), "bargain")
    assert (part.case, part.facts["total"], part.facts["net"]) == ("price_total_off", "338元", "298元")


@pytest.mark.parametrize(("terms", "case", "net"), [
    ("全店满300减40,可以和店铺券一起用。", "price_total_off_coupon", "288元"),  # 338 - 40 - 10 (满199减10)
    ("全店满300减40,不能和店铺券一起用。", "price_total_off", "298元"),
    ("全店满300减40。", "price_total_off", "298元"),  # the terms silent: the cut alone
    # a rate for buying so many, taken off their sum (the coupon's terms in the sentence hide nothing)
    ("全店任选两件及以上打9折,可以和店铺满199减10的券一起用。", "price_total_off_coupon", "294.2元"),  # 338 × 0.9 − 10
    ("全店任选两件及以上打9折。", "price_total_off", "304.2元"),
])
def test_a_coupon_the_promotion_goes_with_comes_off_the_sum_too(make_engine: Callable[..., Engine], terms: str,
                                                               case: str, net: str) -> None:
    promotions = [{"name": "双十二", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply("两件M码多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 10, 10)), "bargain")
    assert (part.case, part.facts["total"], part.facts["net"]) == (case, "338元", net)


@pytest.mark.parametrize(("min_spend", "case", "short"), [
    (199, "coupon_fits", None),
    (320, "coupon_short", "15.8元"),  # 338 reaches 320, 304.2 after the 9折 does not
])
def test_the_coupon_asked_after_a_count_is_of_that_count_once_its_rate_is_off(
        make_engine: Callable[..., Engine], min_spend: int, case: str, short: str | None) -> None:
    """「两件M码多少钱」 then 「还能用券不」: two at 9折, 304.2元, not one M at 169元."""
    promotions = [{"name": "双十二", "description": "全店任选两件及以上打9折,可以和店铺券一起用。",
                   "start": "2026-12-01", "end": "2026-12-12"}]
    coupon = {"amount": 10, "min_spend": min_spend}
    engine = make_engine(promotions=promotions, bargain={"bulk": None, "coupon": coupon})
    now = dt.datetime(2026, 12, 10, 10)
    first = engine.reply("两件M码多少钱", item_id=DRESS, now=now)
    part = part_of(engine.reply("还能用券不", first.conversation, item_id=DRESS, now=now), "bargain")
    assert (part.case, part.facts["price"], part.facts.get("short")) == (case, "304.2元", short)
    alone = part_of(engine.reply("还能用券不", item_id=DRESS, now=now), "bargain")
    assert alone.facts.get("price") != "304.2元"


@pytest.mark.parametrize(("text", "case"), [("S和M一起买多少钱", "prices_promotion"), ("S和M分别多少钱", "prices")])
def test_two_sizes_asked_together_while_a_set_price_runs_are_told_it(make_engine: Callable[..., Engine], text: str,
                                                                     case: str) -> None:
    promotions = [{"name": "两件套装价", "description": "S码加M码一起拍,两件只要299元。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions, products=[{**NAPPIES, "id": "dress", "colours": ["白色"],
                                                           "sizes": ["S", "M"], "prices": {"M": 179}}])
    part = bargain_part(engine.reply(text, item_id="dress", now=dt.datetime(2026, 12, 10, 10)))
    assert (part.case, part.facts["prices"]) == (case, "S 129元、M 179元")  # not a sum of 308元 beside 299元
    assert ("两件只要299元" in part.text) == (case == "prices_promotion")


def test_the_price_after_a_cut_names_the_promotion_that_cuts_it(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "双十二", "description": "全店满100减20,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"},
                  {"name": "两件套装价", "description": "S码加M码一起拍只要299元。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    part = part_of(make_engine(promotions=promotions, bargain={"coupon": None}).reply(
        "到手价多少", item_id=DRESS, now=dt.datetime(2026, 12, 10, 10)), "bargain")
    assert (part.case, part.facts["net"], part.facts["promotion_name"]) == ("price_net_told", "149元", "双十二")


@pytest.mark.parametrize("text", ["到手价多少", "用券的话到手多少钱"])  # the coupon named too: still worked out
def test_a_coupon_the_promotion_goes_with_comes_off_the_price_after_it(make_engine: Callable[..., Engine],
                                                                       text: str) -> None:
    promotions = [{"name": "双十二", "description": "下单立减20元,可以和店铺券叠加。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    part = part_of(make_engine(promotions=promotions, bargain={"coupon": {"amount": 10, "min_spend": 100}}).reply(
        text, item_id=DRESS, now=dt.datetime(2026, 12, 10, 10)), "bargain")
    assert (part.case, part.facts["net"]) == ("price_net_told_coupon", "139元")  # 169 - 20 - 10


@pytest.mark.parametrize("terms", ["全店满300减40。", "全店满300减40,可以和店铺满199减10的券一起用。"])
def test_the_price_after_a_spend_cut_one_item_does_not_reach_says_how_far_it_is(
        make_engine: Callable[..., Engine], terms: str) -> None:
    promotions = [{"name": "双十二", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    part = part_of(make_engine(promotions=promotions).reply("买一件到手多少", item_id=DRESS,
                                                            now=dt.datetime(2026, 12, 10, 10)), "bargain")
    assert (part.case, part.facts["price"], part.facts["short"]) == ("price_net_short", "169元", "131元")


@pytest.mark.parametrize("text", ["多少钱 双十二便宜吗", "多少钱 双十二能减多少"])
def test_the_price_asked_with_what_a_promotion_takes_off_is_told_with_it(make_engine: Callable[..., Engine],
                                                                        text: str) -> None:
    promotions = [{"name": "双十二", "description": "全店满300减40。", "start": "2026-12-01", "end": "2026-12-12"}]
    part = part_of(make_engine(promotions=promotions).reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 10, 10)),
                   "bargain")
    assert part.case.startswith("price_promotions") and part.facts["price"] == "169元"


@pytest.mark.parametrize(("text", "case", "told"), [
    ("750g和1kg一共多少钱", "products_total", {"total": "288元"}),  # one of each size: what they come to
    ("750g和1kg各一袋多少钱", "products_total", {"total": "288元"}),
    ("750g和1kg分别多少钱", "prices", {}),  # each asked apart: each one's price
])
def test_one_of_each_size_asked_together_is_summed(text: str, case: str, told: dict[str, str]) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(text, item_id="nuts", now=NO_PROMOTION))
    assert part.case == case and {key: part.facts[key] for key in told} == told
    assert "129元" in part.text and "159元" in part.text


def test_one_of_each_is_not_summed_where_buying_that_many_takes_a_rate(make_engine: Callable[..., Engine]) -> None:
    snacks = Engine(load_shop("snacks").model_copy(update={"bargain": load_shop("snacks").bargain.model_copy(
        update={"bulk": None})}), rng=random.Random(0))
    assert bargain_part(snacks.reply("750g和1kg一共多少钱", item_id="nuts", now=NO_PROMOTION)).case == "products_total"
    part = part_of(make_engine(bargain={"bulk": {"min_items": 2, "rate": 0.9}}).reply(
        "S和M一共多少钱", item_id=DRESS, now=NO_PROMOTION), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total_bulk", "304.2元")  # two at 9折: 338 × 0.9


@pytest.mark.parametrize("text", ["一件M码一件L码 一共多少", "M和L各一件 总共多少"])
def test_one_of_each_of_sizes_of_one_price_is_summed_at_the_rate(make_engine: Callable[..., Engine],
                                                                  text: str) -> None:
    engine = make_engine(bargain={"bulk": {"min_items": 2, "rate": 0.95}}, promotions=[])
    part = bargain_part(engine.reply(text, item_id=DRESS, now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("products_total_bulk", "321.1元")  # (169 + 169) × 0.95
    assert part.facts["prices"] == "M 169元、L 169元"


@pytest.mark.parametrize(("item", "case"), [(None, "shop_prices"), ("nuts", "prices")])
def test_which_costs_least_is_the_prices_not_a_haggle(item: str | None, case: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply("最便宜的多少", item_id=item, now=NO_PROMOTION))
    assert part.case == case and "129" in part.text  # the nuts from 129元 (of 129-159元)


def test_a_flavour_starting_with_抹_is_no_rounding_down() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply("抹茶味多少钱", item_id="jerky", now=NO_PROMOTION))
    assert part.case == "prices" and "59元" in part.text  # 抹茶 asks a price, 抹零 would be a haggle


@pytest.mark.parametrize(("text", "intents"), [
    ("座椅最低能调到多高", ("product",)),  # how low the seat goes: its 座高, no lowest price
    ("最高能升到几厘米", ("product",)),
    ("最低多少能卖", ("bargain",)),
])
def test_how_far_a_part_goes_is_its_measure_not_the_lowest_price(make_engine: Callable[..., Engine], text: str,
                                                                 intents: tuple[str, ...]) -> None:
    chair = {"id": "chair", "name": "人体工学椅", "price": 1299, "colours": ["黑色"], "sizes": ["标准款"],
             "attributes": {"座高": "座面离地46到55厘米,可以调9厘米", "扶手": "4D扶手,能上下前后调"}}
    reply = make_engine(products=[chair]).reply(text, item_id="chair", now=NO_PROMOTION)
    assert reply.intents == intents
    assert ("46到55厘米" in reply.text) is (intents == ("product",) and "座" in text)


@pytest.mark.parametrize(("item", "case"), [("nuts", "prices"), (None, "shop_prices")])
def test_a_cheaper_one_asked_for_is_what_each_costs_not_a_haggle(item: str | None, case: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply("有没有便宜点的", item_id=item, now=NO_PROMOTION))
    assert part.case == case and "129" in part.text


@pytest.mark.parametrize(("text", "told"), [("买一提有优惠吗", True), ("两提能便宜吗", True)])
def test_the_whole_pack_a_fact_prices_is_told_when_that_pack_is_asked(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    """A tea cake whose 整提价 says 一提7饼,整提9折: 「买一提有优惠吗」 is told that, not only the shop's deals."""
    cake = {"id": "cake", "name": "古树普洱", "price": 398, "colours": ["生茶"], "sizes": ["357g"],
            "attributes": {"整提价": "一提7饼,整提购买按9折算,整提7饼2507元"}}
    reply = make_engine(products=[cake], bargain={"bulk": None}).reply(text, item_id="cake", now=NO_PROMOTION)
    assert ("2507元" in reply.text) is told


TEE = {"id": "tee", "name": "定制T恤", "price": 39, "colours": ["白色"], "sizes": ["M", "3XL"],
       "prices": {"3XL": 45}, "attributes": {"批量价": "10到29件每件39元,30到99件每件35元,100件以上每件32元"}}


@pytest.mark.parametrize("text", ["多件有优惠吗", "批量怎么算"])
def test_a_products_own_price_for_many_is_told_as_written(make_engine: Callable[..., Engine], text: str) -> None:
    part = part_of(make_engine(products=[TEE], bargain={"bulk": None}).reply(text, item_id="tee",
                                                                             now=NO_PROMOTION), "bargain")
    assert (part.case, part.facts["name"]) == ("bulk_stated", "批量价") and "30到99件每件35元" in part.text


@pytest.mark.parametrize(("text", "each", "total"), [("印50件多少钱", "35元", "1750元"),
                                                     ("班里要买40件白色M的 批量多少钱", "35元", "1400元"),
                                                     ("120件呢", "32元", "3840元")])
def test_a_count_its_own_tiers_reach_is_worked_out_by_them(make_engine: Callable[..., Engine], text: str,
                                                          each: str, total: str) -> None:
    part = part_of(make_engine(products=[TEE], bargain={"bulk": {"min_items": 5, "rate": 0.95}}).reply(
        text, item_id="tee", now=NO_PROMOTION), "bargain")  # its own tiers, not the shop's 95折
    assert (part.case, part.facts["each"], part.facts["total"]) == ("bulk_stated_total", each, total)


#: Gift boxes whose own 团购价 takes a rate off by the count, beside the shop's 20件85折 for any goods.
_BOXES = {"id": "box", "name": "山货礼盒", "price": 198, "colours": ["四宝礼盒", "双宝礼盒"], "sizes": ["礼盒装"],
          "prices": {"双宝礼盒": 128}, "variant_aliases": {"双宝礼盒": ["双宝"], "四宝礼盒": ["四宝"]},
          "attributes": {"团购价": "公司团购20盒以上每盒按85折,50盒以上每盒按8折,可以开专票"}}


@pytest.mark.parametrize(("text", "case", "total"), [
    ("双宝的要60盒多少钱", "bulk_stated_total", "6144元"),  # 128元 at its own 8折 for 50: 102.4 each
    ("四宝要30盒多少钱", "bulk_stated_total", "5049元"),  # 198元 at 85折: 168.3 each
    ("我们公司要订60盒 能优惠多少", "bulk_stated", None),  # no box said, two prices: its terms as written
])
def test_a_count_its_own_rates_reach_is_worked_out_by_them(make_engine: Callable[..., Engine], text: str,
                                                          case: str, total: str | None) -> None:
    part = part_of(make_engine(products=[_BOXES], promotions=[], bargain={"bulk": {"min_items": 20, "rate": 0.85}})
                   .reply(text, item_id="box", now=NO_PROMOTION), "bargain")
    assert (part.case, part.facts.get("total")) == (case, total) and "50盒以上每盒按8折" in part.text


@pytest.mark.parametrize(("text", "changes"), [
    ("四十个大人多少钱", {}),  # 个 of people, not 件
    ("40件 绣logo多少钱", {"attributes": {**TEE["attributes"], "刺绣": "绣logo要另收制版费50元"}}),  # a fee beside
    ("公司要买80件 有批发价吗", {"attributes": {"批量价": "同一款一次拍50件以上每件便宜3元"}}),  # a cut
])
def test_tiers_are_told_as_written_where_the_count_or_a_fee_beside_them_is_not_theirs(
        make_engine: Callable[..., Engine], text: str, changes: dict[str, Any]) -> None:
    engine = make_engine(products=[TEE | changes], bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id="tee", now=NO_PROMOTION), "bargain")
    assert part.case == "bulk_stated" and "total" not in part.facts


@pytest.mark.parametrize(("note", "text", "total"), [
    ("10到29件每件39元,30到99件每件35元", "买3件多少钱", "M 39元,3份117元、3XL 45元,3份135元"),
    ("学校班级一次买30件以上,每件22元,对公转账请联系客服", "两个大人多少钱", "M 39元,2份78元、3XL 45元,2份90元"),
])
def test_a_count_short_of_every_tier_is_its_plain_price(make_engine: Callable[..., Engine], note: str, text: str,
                                                       total: str) -> None:
    engine = make_engine(products=[TEE | {"attributes": {"团购价": note}}], bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id="tee", now=NO_PROMOTION), "bargain")
    assert (part.case, part.facts["totals"]) == ("prices_total", total)


@pytest.mark.parametrize(("text", "case", "total"), [
    ("110的10件 130的10件 一共多少钱", "bulk_stated_total", "500元"),  # twenty at 25元: short of 满1000减50
    ("110的30件 130的30件 一共多少钱", "bulk_stated_total_terms", "1320元"),  # sixty at 22元: the 满减's terms beside
])
def test_counts_of_sizes_priced_by_tiers_are_summed_and_a_spend_off_they_fall_short_of_does_not_count(
        make_engine: Callable[..., Engine], text: str, case: str, total: str | None) -> None:
    kids = {"id": "kids", "name": "儿童T恤", "price": 25, "colours": ["白色"], "sizes": ["110", "130"],
            "attributes": {"阶梯价": "10到49件每件25元,50到99件每件22元,100件以上每件19元"}}
    promotions = [{"name": "团服节", "description": "全店满1000元减50元", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[kids], bargain={"bulk": None}, promotions=promotions)
    part = part_of(engine.reply(text, item_id="kids", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert (part.case, part.facts.get("total")) == (case, total)


def test_a_count_with_a_print_named_of_goods_priced_by_tiers_is_the_tiers_not_a_clause_of_them(
        make_engine: Callable[..., Engine]) -> None:
    """「公司做工作服 80件 左胸印logo 多少钱」: not 100件以上每件39元(含左胸一个位置印logo), nor 刺绣's 左胸logo clause,
    nor the polo's 做工 (of 做工作服)."""
    polo = {"id": "polo", "name": "棉质POLO衫", "price": 49, "colours": ["白色"], "sizes": ["L"],
            "attributes": {"阶梯价": "10到49件每件49元,50到99件每件44元,100件以上每件39元(含左胸一个位置印logo)",
                           "刺绣": "左胸logo可以改成电脑刺绣,每件加8元"}}
    reply = make_engine(products=[polo], bargain={"bulk": None}).reply(
        "公司做工作服 80件 左胸印logo 多少钱", item_id="polo", now=NO_PROMOTION)
    assert [p.intent for p in reply.parts] == ["bargain"] and bargain_part(reply).case.startswith("bulk_stated")
    assert "44元" in reply.text and "每件加8元" not in reply.text


@pytest.mark.parametrize(("text", "total"), [
    ("印50件多少钱", "1750元"),  # 30到99件每件35元
    ("我们班四十五个人 每人一件 多少钱一件", "1575元"),  # 45 people, one each: 45件
])
def test_tiers_are_summed_and_a_promotion_cutting_the_price_told_by_its_terms(
        make_engine: Callable[..., Engine], text: str, total: str) -> None:
    promotions = [{"name": "年会季", "description": "定制T恤50件以上每件在批量价基础上再减5元", "start": "2026-12-01",
                   "end": "2026-12-31"}, {"name": "元旦节", "description": "全店满500减50", "start": "2026-12-01",
                                          "end": "2026-12-31"}]
    engine = make_engine(products=[TEE], bargain={"bulk": None}, promotions=promotions[1:])
    part = part_of(engine.reply(text, item_id="tee", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    # (what the promotion takes off is its terms', not worked out here)
    assert (part.case, part.facts["total"]) == ("bulk_stated_total_terms", total)
    assert part.facts["promotion"] == "全店满500减50"
    both = make_engine(products=[TEE], bargain={"bulk": None}, promotions=promotions)
    part = part_of(both.reply(text, item_id="tee", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.case == "bulk_stated"  # two on top: the tiers as written, a person sums it up


def test_tiers_of_one_variant_count_for_it_alone_and_a_person_prices_what_they_leave_to_one(
        make_engine: Callable[..., Engine]) -> None:
    rice = {"id": "rice", "name": "五常大米", "price": 49.9, "colours": ["真空装"], "sizes": ["5kg", "25kg"],
            "prices": {"25kg": 209},
            "attributes": {"批发价": "25kg一次拍4袋以上每袋200元,拍10袋以上每袋190元;50袋以上联系客服报价"}}
    engine = make_engine(products=[rice], bargain={"bulk": None})
    first = engine.reply("25kg的拍4袋多少钱", item_id="rice", now=NO_PROMOTION)
    assert (bargain_part(first).case, bargain_part(first).facts["total"]) == ("bulk_stated_total", "800元")
    then = bargain_part(engine.reply("10袋呢", first.conversation, item_id="rice", now=NO_PROMOTION))
    assert (then.case, then.facts["total"]) == ("bulk_stated_total", "1900元")  # the 25kg just asked, remembered
    many = engine.reply("25kg的100袋多少钱", item_id="rice", now=NO_PROMOTION)
    assert (bargain_part(many).case, many.mode) == ("bulk_stated", "handoff")
    small = bargain_part(engine.reply("5kg的拍4袋多少钱", item_id="rice", now=NO_PROMOTION))
    assert small.case != "bulk_stated_total"  # the tiers are the 25kg's


@pytest.mark.parametrize(("text", "case", "total"), [
    ("80g的15箱多少钱", "bulk_stated_total", "1650元"),  # 10箱及以上 said once, each weight's price after it
    ("70g的12箱多少钱", "bulk_stated_total", "1104元"),
    ("要15箱多少钱", "bulk_stated", None),  # the weight left open: the tiers as written, not the shop's 95折
])
def test_a_count_said_once_before_each_variants_price_for_many_is_the_least_of_each(
        make_engine: Callable[..., Engine], text: str, case: str, total: str | None) -> None:
    paper = {"id": "paper", "name": "A4复印纸", "price": 99, "colours": ["70g", "80g"], "sizes": ["整箱5包"],
             "prices": {"70g": 99, "80g": 119}, "variant_aliases": {"整箱5包": ["一箱", "整箱"]},
             "attributes": {"批量价": "公司采购10箱及以上,70g每箱92元,80g每箱110元,下单前联系客服改券"}}
    engine = make_engine(products=[paper], bargain={"bulk": {"min_items": 5, "rate": 0.95}}, promotions=[])
    part = bargain_part(engine.reply(text, item_id="paper", now=NO_PROMOTION))
    assert part.case == case and part.facts.get("total") == total


@pytest.mark.parametrize(("text", "total"), [("两箱多少钱", "298元"), ("买3箱多少钱", "447元")])
def test_a_tier_counted_in_words_is_worked_out_and_a_packs_own_price_is_no_tier(
        make_engine: Callable[..., Engine], text: str, total: str) -> None:
    """批量价: 单罐7.9元;整箱24罐159元;两箱及以上每箱149元: two boxes at 149 each, not two of 159, and
    整箱24罐159元 is the box's price, not 159元 a can from 24 cans."""
    cans = {"id": "cans", "name": "猫罐头", "price": 7.9, "colours": ["鸡肉"], "sizes": ["85g单罐", "24罐整箱"],
            "prices": {"24罐整箱": 159}, "variant_aliases": {"24罐整箱": ["整箱", "一箱", "24罐"]},
            "attributes": {"批量价": "单罐7.9元;整箱24罐159元;两箱及以上每箱149元"}}
    engine = make_engine(products=[cans], bargain={"bulk": None}, promotions=[])
    part = bargain_part(engine.reply(text, item_id="cans", now=NO_PROMOTION))
    assert (part.case, part.facts.get("total"), part.facts.get("each")) == ("bulk_stated_total", total, "149元")


@pytest.mark.parametrize(("text", "mode"), [("公司要买50盒 能便宜点吗", "handoff"), ("要50盒多少钱", "handoff"),
                                          ("团购有优惠吗", "auto")])  # (no count said: the fact as written)
def test_a_fact_leaving_a_price_for_many_to_a_person_is_told_before_the_shops_rate(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    """企业定制: 20盒以上算团购,价格要找人工客服单独谈: so many boxes are a person's to price, not the shop's 95折."""
    box = {"id": "box", "name": "年货礼盒", "price": 168, "colours": ["红色"], "sizes": ["标准装"],
           "attributes": {"企业定制": "20盒以上算团购,可以定制公司logo贺卡,价格和交期要找人工客服单独谈"}}
    engine = make_engine(products=[box], bargain={"bulk": {"min_items": 5, "rate": 0.95}}, promotions=[])
    reply = engine.reply(text, item_id="box", now=NO_PROMOTION)
    assert bargain_part(reply).case == "bulk_stated" and "20盒以上算团购" in reply.text + reply.suggestion
    assert reply.mode == mode and "95折" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "case", "told"), [("12包的多少钱", "price", {"price": "69.9元"}),
                                                  ("两个12包多少钱", "price_total", {"total": "139.8元"})])
def test_a_pack_named_by_the_count_at_its_end_is_that_pack_not_that_many(
        make_engine: Callable[..., Engine], text: str, case: str, told: dict[str, str]) -> None:
    wipes = {"id": "wipes", "name": "湿巾", "price": 39.9, "colours": ["带盖款"], "sizes": ["80抽6包", "80抽12包"],
             "prices": {"80抽12包": 69.9}}
    part = part_of(make_engine(products=[wipes], bargain={"bulk": None}, promotions=[]).reply(
        text, item_id="wipes", now=NO_PROMOTION), "bargain")
    assert part.case == case and {key: part.facts[key] for key in told} == told


@pytest.mark.parametrize(("text", "case"), [("两袋一起多少钱", "prices_total_off"),  # each size's two, worked out
                                           ("买三袋怎么算", "bulk_promotion")])
def test_a_count_below_the_rate_during_a_promotion_is_told_the_promotion(text: str, case: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(text, item_id="jerky", now=dt.datetime(2026, 12, 9, 15)))
    assert part.case == case and ("9折" in part.text) == (case == "bulk_promotion")  # 满3件9折 said only of three


def test_two_products_bought_together_are_summed(make_engine: Callable[..., Engine]) -> None:
    cream = {"id": "cream", "name": "修护面霜", "aliases": ["面霜"], "price": 259, "colours": ["标准"],
             "sizes": ["50g"]}
    spf = {"id": "spf", "name": "防晒霜", "aliases": ["防晒"], "price": 139, "colours": ["标准"], "sizes": ["50ml"]}
    promotions = [{"name": "双十二", "description": "全店满300减40。", "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[cream, spf], promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply("面霜和防晒一起买多少钱", now=dt.datetime(2026, 12, 11, 9)), "bargain")
    assert (part.case, part.facts["total"], part.facts["net"]) == ("products_total_off", "398元", "358元")
    # where its terms say the shop's coupon goes with it, and what is left reaches it: that too
    together = [{**promotions[0], "description": "全店满300减40,可以和店铺满200减15的券一起用。"}]
    engine = make_engine(products=[cream, spf], promotions=together,
                         bargain={"bulk": None, "coupon": {"amount": 15, "min_spend": 200}})
    part = part_of(engine.reply("面霜和防晒一起买多少钱", now=dt.datetime(2026, 12, 11, 9)), "bargain")
    assert (part.case, part.facts["net"]) == ("products_total_off_coupon", "343元")
    # where two take the shop's rate for buying more (2件95折) too: the sum and the terms that decide it,
    # not a net that leaves either out
    engine = make_engine(products=[cream, spf], promotions=promotions)
    part = part_of(engine.reply("面霜和防晒一起买多少钱", now=dt.datetime(2026, 12, 11, 9)), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total_terms", "398元") and "满300减40" in part.text
    assert "net" not in part.facts


@pytest.mark.parametrize(("terms", "case", "net"), [
    # the goods it is bought with named by the kind the scooter's name ends with: worked out
    ("买任意滑板车同时加购护具套装,护具立减20元。", "products_total_cut", "328元"),
    # named by nothing the shop calls its goods: the sum as priced, and those terms for the buyer to read
    ("买任意童车同时加购护具套装,护具立减20元。", "products_total_terms", None),
])
def test_a_cut_of_one_on_the_condition_of_the_other_bought_with_it_is_told_with_their_sum(
        make_engine: Callable[..., Engine], terms: str, case: str, net: str | None) -> None:
    """A gear set cut on the condition of a scooter bought with it, while 满399减40 (which 348 falls short of) runs."""
    scooter = {"id": "scooter", "name": "三轮滑板车", "category": "三轮滑板车", "price": 259, "colours": ["粉色"],
               "sizes": ["标准款"]}
    gear = {"id": "gear", "name": "护具套装", "aliases": ["护具"], "category": "护具", "price": 89, "colours": ["黑色"],
            "sizes": ["S"]}
    promotions = [{"name": "加购护具立减", "description": terms, "start": "2026-12-01", "end": "2026-12-31",
                   "categories": ["护具"]},
                  {"name": "双12", "description": "全店满399减40。", "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[scooter, gear], promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply("三轮滑板车加一套护具一共多少钱", now=dt.datetime(2026, 12, 10, 14)), "bargain")
    assert (part.case, part.facts["total"], part.facts.get("net")) == (case, "348元", net)
    assert "护具立减" in part.text


@pytest.mark.parametrize(("text", "prices", "total"), [
    ("一瓶面霜两瓶防晒多少钱", "修护面霜 259元、防晒霜×2 278元", "537元"),  # the count said before each name
    ("面霜一瓶 防晒两瓶 一共多少", "修护面霜 259元、防晒霜×2 278元", "537元"),  # ... or after it
    ("一瓶面霜一瓶防晒多少钱", "修护面霜 259元、防晒霜 139元", "398元"),
])
def test_counts_of_two_products_bought_together_are_summed(
        make_engine: Callable[..., Engine], text: str, prices: str, total: str) -> None:
    cream = {"id": "cream", "name": "修护面霜", "aliases": ["面霜"], "price": 259, "colours": ["标准"],
             "sizes": ["50g"]}
    spf = {"id": "spf", "name": "防晒霜", "aliases": ["防晒"], "price": 139, "colours": ["标准"], "sizes": ["50ml"]}
    engine = make_engine(products=[cream, spf], promotions=[], bargain={"bulk": None})
    part = part_of(engine.reply(text, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["prices"], part.facts["total"]) == ("products_total", prices, total)


def test_counts_of_two_variants_are_summed_at_the_rate_for_that_many(make_engine: Callable[..., Engine]) -> None:
    """「一张90桌加两把椅子多少钱」 at 3件9折: 199 + 2×159 = 517元, 465.3元 at that rate."""
    furniture = {"id": "furniture", "name": "露营桌椅", "price": 159, "colours": ["原木色"],
                 "sizes": ["克米特椅", "蛋卷桌90cm"], "prices": {"蛋卷桌90cm": 199},
                 "variant_aliases": {"克米特椅": ["椅子"], "蛋卷桌90cm": ["90桌"]}}
    engine = make_engine(products=[furniture], promotions=[], bargain={"bulk": {"min_items": 3, "rate": 0.9}})
    part = part_of(engine.reply("一张90桌加两把椅子多少钱", item_id="furniture", now=dt.datetime(2026, 12, 15, 9)),
                   "bargain")
    assert (part.case, part.facts["prices"], part.facts["total"]) == (
        "products_total_bulk", "蛋卷桌90cm 199元、克米特椅×2 318元", "465.3元")


def test_a_count_of_the_product_with_its_price_asked_is_what_they_come_to(
        make_engine: Callable[..., Engine]) -> None:
    """「两件长款多少钱」 at 满2件95折: the sum at that rate, not only the rate (两件 is also a bulk word)."""
    coat = {"id": "coat", "name": "过膝长款羽绒服", "aliases": ["长款"], "price": 1299, "colours": ["黑色"],
            "sizes": ["M"]}
    engine = make_engine(products=[coat], promotions=[], bargain={"bulk": {"min_items": 2, "rate": 0.95}})
    part = part_of(engine.reply("两件长款多少钱", item_id="coat", now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["total"]) == ("price_total_bulk", "2468.1元")


@pytest.mark.parametrize("between", [[], ["有活动吗"]])
def test_a_count_asked_after_a_size_was_priced_is_the_sum_of_that_size(between: list[str]) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    conversation = None
    for message in ["1kg多少钱", *between]:
        conversation = snacks.reply(message, conversation, item_id="nuts", now=NO_PROMOTION).conversation
    part = bargain_part(snacks.reply("买两袋多少钱", conversation, item_id="nuts", now=NO_PROMOTION))
    assert (part.case, part.facts["quantity"], part.facts["total"], part.facts["net"]) == (
        "price_total_coupon", 2, "318元", "313元")  # and less the shop's 满99减5 coupon


#: A product in two packings whose price goes by the packing and the size (NB costs less).
NAPPIES = {"id": "nappies", "name": "纸尿裤", "price": 129, "colours": ["包装", "箱装"], "sizes": ["NB", "S", "M"],
           "prices": {"箱装": 459, "包装 NB": 119, "箱装 NB": 429}}


@pytest.mark.parametrize(("text", "case", "told"), [
    ("买两箱M多少钱", "price_total_coupon", {"product": "M 箱装", "total": "918元", "net": "908元"}),  # 箱: the 箱装
    ("买两包多少钱", "prices_total", {"product": "包装", "totals": "NB 119元,2份238元、S/M 129元,2份258元"}),
    ("买3包多少钱", "prices_total_bulk", {"rate": "95折", "totals": "NB 119元,3份339.15元、S/M 129元,3份367.65元"}),
    ("我要3箱M 一共多少", "price_total_bulk", {"product": "M 箱装", "total": "1308.15元"}),  # 一共多少: the price
])
def test_a_quantity_whose_counting_word_names_the_packing_is_priced(
        make_engine: Callable[..., Engine], text: str, case: str, told: dict[str, str]) -> None:
    engine = make_engine(products=[NAPPIES], bargain={"bulk": {"min_items": 3, "rate": 0.95}}, promotions=[])
    part = bargain_part(engine.reply(text, item_id="nappies", now=NO_PROMOTION))
    assert part.case == case and {key: part.facts[key] for key in told} == told


#: Ink of one price a bottle, but a set of four colours that costs more.
INK = {"id": "ink", "name": "原装墨水", "price": 39, "colours": ["黑色", "青色", "四色套装"], "sizes": ["70毫升"],
       "prices": {"四色套装": 139}}


def test_a_quantity_of_a_colour_priced_on_its_own_is_summed(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[INK], bargain={"bulk": {"min_items": 5, "rate": 0.9}}, promotions=[])
    part = bargain_part(engine.reply("买4瓶黑色多少钱", item_id="ink", now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("price_total", "156元")  # 4 × 39, short of the 5 for 9折


def test_what_it_all_comes_to_after_a_quantity_said_to_another_intent(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[INK], bargain={"bulk": None}, promotions=[])
    first = engine.reply("黑色墨水要3瓶", item_id="ink", now=NO_PROMOTION)
    part = bargain_part(engine.reply("一共多少", first.conversation, item_id="ink", now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("price_total", "117元")  # the three of 黑色 said before


def test_a_quantity_asked_with_the_promotion_is_summed_and_cut(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "囤货节", "description": "墨水满100减15,结算自动减。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[INK], bargain={"bulk": None, "coupon": None}, promotions=promotions)
    part = bargain_part(engine.reply("黑色买3瓶多少钱 有满减吗", item_id="ink", now=NO_PROMOTION))
    assert (part.case, part.facts["total"], part.facts["net"]) == ("price_total_off", "117元", "102元")


def test_a_quantity_spread_over_several_variants_is_not_summed_as_one(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[INK], bargain={"bulk": None}, promotions=[])
    first = engine.reply("要两瓶 黑色青色各一瓶", item_id="ink", now=NO_PROMOTION)
    part = bargain_part(engine.reply("一共多少", first.conversation, item_id="ink", now=NO_PROMOTION))
    assert first.conversation.quantity is None and part.case != "price_total"  # not two of 黑色 alone


@pytest.mark.parametrize(("said", "remembered"), [("我看有两个", None), ("这两个哪个好", None), ("要两瓶", 2)])
def test_a_count_of_things_seen_is_not_a_count_wanted(make_engine: Callable[..., Engine], said: str,
                                                        remembered: int | None) -> None:
    """「我看有两个」 (two sizes on the page) is not two bottles: 「到手多少」 later is of one."""
    engine = make_engine(products=[INK], bargain={"bulk": None}, promotions=[])
    assert engine.reply(said, item_id="ink", now=NO_PROMOTION).conversation.quantity == remembered


def test_the_price_with_the_coupon_alone_is_worked_out(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(promotions=[], bargain={"coupon": {"amount": 10, "min_spend": 150}})
    part = bargain_part(engine.reply("用券的话到手多少", item_id=DRESS, now=NO_PROMOTION))
    assert (part.case, part.facts["net"]) == ("price_net_coupon", "159元")  # 169 - 10


@pytest.mark.parametrize(("then", "case"), [("黑色多少钱一瓶", "part_price"), ("打印机多少钱", "price")])
def test_a_price_right_after_a_fact_pricing_a_refill_is_of_that_refill(make_engine: Callable[..., Engine],
                                                                       then: str, case: str) -> None:
    printer = {"id": "printer", "name": "喷墨打印机", "price": 699, "colours": ["白色"], "sizes": ["标配"],
               "attributes": {"墨水": "黑色一瓶39元,约打4500页", "纸张": "A4、A5"}}
    engine = make_engine(products=[printer], promotions=[])
    first = engine.reply("墨水能打多少张", item_id="printer", now=NO_PROMOTION)
    part = bargain_part(engine.reply(then, first.conversation, item_id="printer", now=NO_PROMOTION))
    assert part.case == case and ("39元" in part.text) == (case == "part_price")  # 打印机 names the printer itself


def test_a_count_priced_right_after_a_fee_is_told_the_products_own_rates_for_so_many(
        make_engine: Callable[..., Engine]) -> None:
    towel = {"id": "towel", "name": "logo方巾", "price": 12, "colours": ["白色"], "sizes": ["35x35"],
             "attributes": {"制版费": "第一次绣logo收制版费80元", "批量价": "50到199条每条12元,200条以上每条10元"}}
    engine = make_engine(products=[towel], promotions=[])
    first = engine.reply("制版费要多少", item_id="towel", now=NO_PROMOTION)
    part = bargain_part(engine.reply("200条多少钱一条", first.conversation, item_id="towel", now=NO_PROMOTION))
    assert part.case == "bulk_stated_total" and "10元" in part.text and "80元" not in part.text


@pytest.mark.parametrize(("first", "then", "case"), [
    ("发新疆吗 运费多少", "两个多少钱", "price"),  # two of it, not the fee the fact told prices
    ("发新疆吗 运费多少", "多少钱", "price"),  # 配送方式's 加10元运费 is a fee, not a part's price
    ("墨水能打多少张", "两瓶多少钱", "part_price"),  # (bottles of the ink the fact prices: still its)
])
def test_a_price_right_after_a_fact_of_fees_or_with_a_count_is_the_products(
        make_engine: Callable[..., Engine], first: str, then: str, case: str) -> None:
    printer = {"id": "printer", "name": "喷墨打印机", "price": 699, "colours": ["白色"], "sizes": ["标配"],
               "attributes": {"墨水": "黑色一瓶39元,约打4500页",
                              "配送方式": "全国发顺丰,新疆、西藏加10元运费,其他地方包邮"}}
    engine = make_engine(products=[printer], promotions=[])
    told = engine.reply(first, item_id="printer", now=NO_PROMOTION)
    part = bargain_part(engine.reply(then, told.conversation, item_id="printer", now=NO_PROMOTION))
    assert part.case.startswith(case) and ("699元" in part.text) == (case == "price") and "运费" not in part.text


def test_a_price_asked_beside_a_delivery_question_is_not_of_a_part_the_delivery_clause_names(
        make_engine: Callable[..., Engine]) -> None:
    """「19朵多少钱 今天能送到吗」 of flowers whose 配送时段 says 加急定时(约定半小时内送到)另加30元: no 加急 asked."""
    flowers = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "33朵"],
               "prices": {"33朵": 329},
               "attributes": {"配送时段": "09:00-12:00、12:00-15:00;加急定时(约定半小时内送到)另加30元"}}
    engine = make_engine(products=[flowers], promotions=[])
    reply = engine.reply("19朵多少钱 今天能送到吗", item_id="rose", now=NO_PROMOTION)
    assert [p.case for p in reply.parts if p.intent == "bargain"] == ["price"] and "30元" not in reply.suggestion


def test_a_haggle_again_names_the_promotions_whose_terms_were_just_told(make_engine: Callable[..., Engine]) -> None:
    """「能便宜点吗」 … 「那送点东西呗」: the long terms of what runs are told once; the next haggle names the
    promotions as said (and 「有什么活动」 still gets them whole)."""
    promotions = [{"name": "双十二直降", "description": "全店直降100元,下单自动减,可以和店铺券一起用。",
                   "start": "2026-12-01", "end": "2026-12-31"},
                  {"name": "买就送表带", "description": "买任意一款送一条运动表带,颜色下单时备注。",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": None, "gift": ""})
    now = dt.datetime(2026, 12, 9, 14)
    first = engine.reply("能便宜点吗 诚心要", item_id=DRESS, now=now)
    assert "下单自动减" in first.text
    then = engine.reply("那送点东西呗", first.conversation, item_id=DRESS, now=now)
    assert "刚才说" in then.text and "下单自动减" not in then.text and "双十二直降" in then.text
    asked = engine.reply("有什么活动", then.conversation, item_id=DRESS, now=now)
    assert "下单自动减" in asked.text


def test_whether_a_promotion_takes_something_asked_after_it_is_told_by_its_terms(
        make_engine: Callable[..., Engine]) -> None:
    """「以旧换新怎么弄」 … 「坏了的也收吗」: its terms say 坏了也收; no fault reported, no apology."""
    promotions = [{"name": "以旧换新", "start": "2026-12-01", "end": "2026-12-31",
                   "description": "旧热水器任何品牌都行,坏了也收,可以抵100元"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": None, "coupon": None})
    first = engine.reply("以旧换新怎么弄", item_id=DRESS, now=dt.datetime(2026, 12, 10, 11))
    then = engine.reply("坏了的也收吗", first.conversation, item_id=DRESS, now=dt.datetime(2026, 12, 10, 11))
    assert (then.intents[0], then.mode) == ("bargain", "auto") and "坏了也收" in then.text
    assert not any(a.get("reason") == "quality_issue" for a in then.actions)


@pytest.mark.parametrize("text", ["旧空调能回收吗 坏的也要吗", "拆旧机要钱吗", "旧机回收吗"])
def test_an_old_one_taken_away_is_asked_of_the_trade_in(make_engine: Callable[..., Engine], text: str) -> None:
    """Buyers ask a 以旧换新 in its own words (回收, 拆旧机): its terms, not a person with nothing to say."""
    promotions = [{"name": "以旧换新旧机回收", "start": "2026-12-01", "end": "2026-12-31",
                   "description": "安装新机时师傅免费拆走旧空调回收,每台返100元E卡,不论好坏"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": None, "coupon": None})
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 10, 11))
    assert reply.intents[0] == "bargain" and "免费拆走旧空调" in reply.text + reply.suggestion


def test_another_product_named_after_the_shops_prices_is_told_its_price(make_engine: Callable[..., Engine]) -> None:
    """「推车多少钱」 with no page open lists the strollers; 「安全座椅呢」 next asks the car seat's price."""
    goods = [{"id": "lite", "name": "轻便婴儿车", "category": "推车", "price": 899,
              "colours": ["灰色"], "sizes": ["标准款"]},
             {"id": "high", "name": "高景观婴儿车", "category": "推车", "price": 1699,
              "colours": ["灰色"], "sizes": ["标准款"]},
             {"id": "seat", "name": "儿童安全座椅", "aliases": ["安全座椅"], "price": 1999,
              "colours": ["黑色"], "sizes": ["标准款"]}]
    engine = make_engine(products=goods, promotions=[])
    first = engine.reply("推车多少钱", now=NO_PROMOTION)
    assert first.parts[0].case == "shop_prices"
    then = engine.reply("安全座椅呢", first.conversation, now=NO_PROMOTION)
    assert then.intents[0] == "bargain" and "1999元" in then.text


@pytest.mark.parametrize("text", ["能以旧换新吗", "旧的炸锅能以旧换新吗 别的牌子也收吗", "可以以旧换新不"])
def test_a_trade_in_asked_of_goods_whose_own_fact_says_how_is_told_that_fact(
        make_engine: Callable[..., Engine], text: str) -> None:
    """No promotion of trading in runs, but the air fryer's own 以旧换新 fact says how: that, not a haggle refused."""
    fryer = {"id": "fryer", "name": "空气炸锅", "price": 399, "colours": ["白色"], "sizes": ["6.5L"],
             "attributes": {"以旧换新": "任何品牌的旧空气炸锅都能换,旧机估价后再补贴30元,送新机时上门收旧机"}}
    engine = make_engine(products=[fryer], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply(text, item_id="fryer", now=NO_PROMOTION)
    assert (reply.intents[0], reply.mode) == ("bargain", "auto")
    assert "补贴30元" in reply.text and "任何品牌" in reply.text


@pytest.mark.parametrize(("text", "told"), [("A4的多少钱", "A4(210x285毫米)价格是A5的两倍"), ("a4印多少钱", "两倍")])
def test_a_thing_named_by_a_code_none_of_the_variants_is_told_the_part_pricing_it(
        make_engine: Callable[..., Engine], text: str, told: str) -> None:
    """A flyer priced in A5 whose 尺寸 says A4 costs twice: that, never the A5 prices as if they were A4's."""
    flyer = {"id": "flyer", "name": "宣传单", "price": 38, "colours": ["157克铜版纸"], "sizes": ["100张", "500张"],
             "prices": {"157克铜版纸 100张": 38, "157克铜版纸 500张": 88},
             "attributes": {"尺寸": "标价是A5大小(210x148毫米);A4(210x285毫米)价格是A5的两倍;其他尺寸联系客服报价"}}
    reply = make_engine(products=[flyer], promotions=[]).reply(text, item_id="flyer", now=NO_PROMOTION)
    assert told in reply.text + reply.suggestion and "38元" not in reply.text


@pytest.mark.parametrize(("then", "told"), [("角阀呢", "角阀每个25元"), ("那混水阀呢", "混水阀120元")])
def test_another_part_named_right_after_a_parts_price_is_told_its_own(
        make_engine: Callable[..., Engine], then: str, told: str) -> None:
    heater = {"id": "heater", "name": "电热水器", "price": 999, "colours": ["白色"], "sizes": ["60L"],
              "attributes": {"辅材收费": "角阀每个25元;混水阀120元;墙面打孔每个50元"}}
    engine = make_engine(products=[heater], promotions=[])
    first = engine.reply("打孔多少钱一个", item_id="heater", now=NO_PROMOTION)
    part = bargain_part(engine.reply(then, first.conversation, item_id="heater", now=NO_PROMOTION))
    assert part.case == "part_price" and told in part.text and "打孔" not in part.text


def test_another_place_right_after_a_parts_price_by_city_is_told_the_whole_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「我在南京 能帮装吗 多少钱」 told the 80元 of four cities' stores … 「那合肥呢」: the fitting's whole fact, which
    says what it is elsewhere (其他城市自己找修车店装), not a haggle refused."""
    cam = {"id": "cam", "name": "行车记录仪", "price": 499, "colours": ["黑色"], "sizes": ["双录版"],
           "attributes": {"安装": "点烟器供电可以自己装;杭州、南京的合作门店安装费80元,其他城市自己找修车店装"}}
    engine = make_engine(products=[cam], promotions=[])
    first = engine.reply("我在南京 你们能帮装吗 多少钱", item_id="cam", now=NO_PROMOTION)
    part = bargain_part(engine.reply("那合肥呢", first.conversation, item_id="cam", now=NO_PROMOTION))
    assert part.case == "part_price" and "其他城市自己找修车店装" in part.text + part.facts["note"]


def _set_and_hairpin(make_engine: Callable[..., Engine]) -> Engine:
    beizi = {"id": "beizi", "name": "宋制褙子", "price": 268, "colours": ["月白"], "sizes": ["M"]}
    hairpin = {"id": "pin", "name": "步摇发簪", "aliases": ["发簪"], "price": 39, "colours": ["金色"],
               "sizes": ["单支"]}
    promotions = [{"name": "双十二", "start": "2026-12-01", "end": "2026-12-12", "description": "全店满300减30"}]
    return make_engine(products=[beizi, hairpin], promotions=promotions, bargain={"bulk": None, "coupon": None})


@pytest.mark.parametrize("text", ["268够满减吗", "这个够满减吗", "能满减吗"])
def test_whether_the_page_reaches_a_spend_off_asked_is_told_how_far_short_it_falls(
        make_engine: Callable[..., Engine], text: str) -> None:
    part = bargain_part(_set_and_hairpin(make_engine).reply(text, item_id="beizi", now=dt.datetime(2026, 12, 12, 22)))
    assert (part.case, part.facts["short"], part.facts["threshold"]) == ("price_net_short", "32元", "300元")


@pytest.mark.parametrize(("text", "short"), [("这个能参加满减吗", "601-641元"), ("26寸的能参加满减吗", "601元")])
def test_whether_goods_of_several_prices_take_part_in_a_spend_off_none_reaches_is_how_far_each_falls(
        make_engine: Callable[..., Engine], text: str, short: str) -> None:
    """A bike in 24寸 859元 and 26寸 899元 during 整车满1500减100: not 「正赶上…满1500减100」, which reads as a yes."""
    bike = {"id": "c1", "name": "通勤车", "price": 899, "prices": {"24寸": 859}, "colours": ["奶白"],
            "sizes": ["24寸", "26寸"]}
    promotions = [{"name": "骑行节", "start": "2026-12-10", "end": "2026-12-12", "description": "整车满1500减100"}]
    engine = make_engine(products=[bike], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="c1", now=dt.datetime(2026, 12, 11, 15)))
    assert (part.case.startswith("price_"), part.facts["short"]) == (True, short)
    assert "1500" in str(part.facts["promotion"])


def test_another_product_added_right_after_the_pages_price_is_summed_with_it(
        make_engine: Callable[..., Engine]) -> None:
    """「268够满减吗」 (32元 short) … 「加个发簪呢」: 268 + 39 = 307元, over 300: 277元."""
    engine = _set_and_hairpin(make_engine)
    first = engine.reply("268够满减吗", item_id="beizi", now=dt.datetime(2026, 12, 12, 22))
    then = engine.reply("加个发簪呢", first.conversation, item_id="beizi", now=dt.datetime(2026, 12, 12, 22))
    assert "307元" in then.text and "277元" in then.text


def test_the_net_price_beside_a_cut_on_a_condition_is_worked_out_by_the_plain_one(
        make_engine: Callable[..., Engine]) -> None:
    """「33朵到手多少」 while 满199减20 runs for all and 预订平安夜送达的立减15元 for roses: 329 - 20 = 309元,
    and the early-bird terms beside it, not 「到手按活动减完算」."""
    roses = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "33朵"],
             "prices": {"33朵": 329}}
    promotions = [{"name": "双十二", "start": "2026-12-10", "end": "2026-12-12", "description": "全店满199减20"},
                  {"name": "早鸟预订", "start": "2026-12-01", "end": "2026-12-20", "products": ["rose"],
                   "description": "预订平安夜送达的玫瑰花束每单立减15元"}]
    engine = make_engine(products=[roses], promotions=promotions, bargain={"bulk": None, "coupon": None})
    reply = engine.reply("33朵红玫瑰到手多少", item_id="rose", now=dt.datetime(2026, 12, 10, 15))
    part = bargain_part(reply)
    assert (part.case, part.facts["net"]) == ("price_net_told", "309元")
    assert "早鸟" not in part.text and "每单立减15元" in reply.text


@pytest.mark.parametrize(("day", "told"), [(dt.date(2026, 12, 24), True), (dt.date(2026, 12, 22), False)])
def test_a_price_asked_on_a_day_the_products_price_fact_names_says_that_fact(
        make_engine: Callable[..., Engine], day: dt.date, told: bool) -> None:
    """「19朵现在多少钱」 on 平安夜 of roses whose 节日价格 says 平安夜和圣诞节(12月24日到25日)每束加价30%."""
    roses = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵"],
             "attributes": {"节日价格": "平安夜和圣诞节(12月24日到25日)玫瑰花束每束加价30%"}}
    engine = make_engine(products=[roses], promotions=[])
    reply = engine.reply("19朵现在多少钱", item_id="rose", now=dt.datetime.combine(day, dt.time(11)))
    assert "199元" in reply.text and ("加价30%" in reply.text) is told


@pytest.mark.parametrize(("then", "case"), [("XL也能参加吗", "promotion_excluded"), ("M也能参加吗", "promotions")])
def test_a_variant_the_promotion_just_told_leaves_out_is_said_to_be_out(make_engine: Callable[..., Engine],
                                                                       then: str, case: str) -> None:
    promotions = [{"name": "圣诞特惠", "description": "全店第二件半价(XL除外)。", "start": "2026-12-20",
                   "end": "2026-12-26"}]
    engine = make_engine(promotions=promotions)
    first = engine.reply("圣诞有什么活动", item_id=DRESS, now=dt.datetime(2026, 12, 21, 10))
    part = bargain_part(engine.reply(then, first.conversation, item_id=DRESS, now=dt.datetime(2026, 12, 21, 10)))
    assert part.case != "promotion_excluded" or part.facts["excluded"] == "XL"
    assert (part.case == "promotion_excluded") == (case == "promotion_excluded")


@pytest.mark.parametrize(("then", "case"), [("M码参加吗", "promotion_includes"), ("XL参加吗", "promotion_excluded"),
                                            ("L码参加吗", "promotions_coupon")])
def test_a_variant_the_promotion_just_told_names_is_said_to_be_in(make_engine: Callable[..., Engine], then: str,
                                                                 case: str) -> None:
    """「M码参加吗」 right after 「M码第二件半价」: it is in; XL, which the terms leave out, is not; L, of which
    they say nothing, gets the terms."""
    promotions = [{"name": "圣诞特惠", "description": "M码第二件半价,XL不参加。", "start": "2026-12-20",
                   "end": "2026-12-26"}]
    engine = make_engine(promotions=promotions)
    now = dt.datetime(2026, 12, 21, 10)
    first = engine.reply("圣诞有什么活动", item_id=DRESS, now=now)
    part = bargain_part(engine.reply(then, first.conversation, item_id=DRESS, now=now))
    assert part.case == case and (case != "promotion_includes" or part.facts["included"] == "M")


@pytest.mark.parametrize(("terms", "case", "said"), [
    ("连衣裙下单立减20元,不用领券。", "price_net_told", "149元"),  # a plain cut: what it comes to now
    # a cut for buying two: not one's price (the price, and the terms that may take some off)
    ("连衣裙一单拍两件及以上立减20元。", "price_promotions", "169元"),
    ("买大衣同时加购连衣裙,每条立减20元。", "price_promotions", "169元"),  # a cut bought with another: not its own
    ("连衣裙和大衣一起拍立减20元,下单自动减。", "price_promotions", "169元"),
    ("新人首单立减20元。", "price", "169元"),  # a cut for some buyers: not every buyer's, nor told as running
    ("预订12月24日送达的立减20元。", "price_promotions", "169元"),  # a cut on the day it arrives: not every order's
])
def test_a_price_asked_while_a_plain_cut_runs_says_what_it_comes_to(
        make_engine: Callable[..., Engine], terms: str, case: str, said: str) -> None:
    promotions = [{"name": "冬装立减", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    part = part_of(engine.reply("多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.case == case
    assert said in part.text and "169元" in part.text


def test_each_variants_price_while_a_plain_cut_runs_says_what_each_comes_to(
        make_engine: Callable[..., Engine]) -> None:
    tent = {"id": "tent", "name": "速开帐篷", "price": 299, "colours": ["军绿"], "sizes": ["2人", "3-4人"],
            "prices": {"3-4人": 459}}
    promotions = [{"name": "帐篷清仓", "description": "速开帐篷每顶立减30元,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-15"}]
    engine = make_engine(products=[tent], promotions=promotions)
    part = part_of(engine.reply("多少钱", item_id="tent", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.facts["prices"] == "2人 299元到手269元、3-4人 459元到手429元"


def test_each_pair_priced_on_its_own_while_a_plain_cut_runs_says_what_each_comes_to(
        make_engine: Callable[..., Engine]) -> None:
    """Priced by version and pit distance only: each pair at its own price, not the base price."""
    toilet = {"id": "toilet", "name": "智能马桶", "price": 2999, "colours": ["标准版", "泡沫盾版"],
              "sizes": ["300mm", "400mm"], "prices": {"标准版 300mm": 2999, "标准版 400mm": 3199,
                                                     "泡沫盾版 300mm": 3499, "泡沫盾版 400mm": 3699}}
    promotions = [{"name": "马桶直降", "description": "智能马桶每台立减300元。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[toilet], promotions=promotions)
    part = part_of(engine.reply("多少钱", item_id="toilet", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.facts["prices"] == ("标准版 300mm 2999元到手2699元、标准版 400mm 3199元到手2899元、"
                                    "泡沫盾版 300mm 3499元到手3199元、泡沫盾版 400mm 3699元到手3399元")


@pytest.mark.parametrize(("terms", "text", "said"), [
    # each variant cut by name: the one asked
    ("R系列600G直降200元到手1499元,800G直降300元到手1899元;400G不参加。", "600G多少钱", "到手1499元"),
    ("R系列600G直降200元到手1499元,800G直降300元到手1899元;400G不参加。", "400G多少钱", None),
    ("T1台式净饮机立减200元。", "600G多少钱", "到手1499元"),  # T1台 is a model, no count of goods
])
def test_a_cut_of_the_variant_asked_says_what_it_comes_to(
        make_engine: Callable[..., Engine], terms: str, text: str, said: str | None) -> None:
    purifier = {"id": "ro", "name": "净水器", "price": 1299, "colours": ["白色"], "sizes": ["400G", "600G", "800G"],
                "prices": {"600G": 1699, "800G": 2199}}
    promotions = [{"name": "双12", "description": terms, "start": "2026-12-08", "end": "2026-12-12"}]
    engine = make_engine(products=[purifier], promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id="ro", now=dt.datetime(2026, 12, 9, 10)), "bargain")
    assert (part.case == "price_net_told") == (said is not None)
    assert said is None or said in part.text


def test_a_variant_the_terms_leave_out_gets_no_cut_though_another_word_of_it_is_cut(
        make_engine: Callable[..., Engine]) -> None:
    """普通装单瓶直降50元;整箱和礼盒装不参加: 礼盒装单瓶 is a 单瓶, and 普通装整箱 a 普通装, both left out."""
    liquor = {"id": "baijiu", "name": "酱香白酒", "price": 398, "colours": ["普通装", "礼盒装"],
              "sizes": ["单瓶", "整箱"], "prices": {"整箱": 2188, "礼盒装 单瓶": 438, "礼盒装 整箱": 2388}}
    promotions = [{"name": "品鉴价", "description": "普通装单瓶直降50元,到手348;整箱和礼盒装不参加。",
                   "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[liquor], promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply("多少钱", item_id="baijiu", now=dt.datetime(2026, 12, 3, 10)), "bargain")
    assert part.facts["prices"] == ("普通装 单瓶 398元到手348元、普通装 整箱 2188元、礼盒装 单瓶 438元、"
                                    "礼盒装 整箱 2388元")


@pytest.mark.parametrize(("text", "case", "net"), [
    ("买两支多少", "price_total_off", "237元"),  # 支 counts the 单支 (its 一支): 158 + 79
    ("两瓶多少钱", "price_total_off", "237元"),  # 瓶 too, by its alias 一瓶
    ("要两箱多少", "price_total_coupon", "1626元"),  # 整箱不参加: two cases, the shop's coupon alone
])
def test_a_count_names_the_variant_its_counting_word_is_one_of(
        make_engine: Callable[..., Engine], text: str, case: str, net: str) -> None:
    wine = {"id": "wine", "name": "赤霞珠干红", "price": 158, "colours": ["2021"],
            "sizes": ["750ml单支", "750ml×6支整箱"],
            "variant_aliases": {"750ml单支": ["一支", "一瓶"], "750ml×6支整箱": ["整箱", "一箱"]},
            "prices": {"750ml×6支整箱": 828}}
    promotions = [{"name": "红酒第二支半价", "description": "单支拍两支,第二支半价;整箱不参加。",
                   "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[wine], promotions=promotions, bargain={"bulk": None,
                                                                         "coupon": {"amount": 30, "min_spend": 500}})
    part = part_of(engine.reply(text, item_id="wine", now=dt.datetime(2026, 12, 3, 10)), "bargain")
    assert (part.case, part.facts["net"]) == (case, net)


@pytest.mark.parametrize(("text", "prices", "total"), [
    ("双肩包加一个长款钱包多少钱", "双肩包 329元、钱包 长款 129元", "458元"),  # the wallet's price is its 长款's
    ("唤醒版加一个钱包长款多少钱", "手柄 唤醒版 269元、钱包 长款 129元", "398元"),  # 唤醒版: the controller's alone
])
def test_products_bought_together_are_priced_by_the_variant_named_of_each(
        make_engine: Callable[..., Engine], text: str, prices: str, total: str) -> None:
    bag = {"id": "bag", "name": "双肩包", "price": 329, "colours": ["黑色"], "sizes": ["标准款"]}
    wallet = {"id": "wallet", "name": "钱包", "price": 89, "colours": ["黑色"], "sizes": ["短款", "长款"],
              "prices": {"长款": 129}}
    pad = {"id": "pad", "name": "手柄", "price": 199, "colours": ["黑色"], "sizes": ["标准版", "唤醒版"],
           "prices": {"唤醒版": 269}}
    engine = make_engine(products=[bag, wallet, pad], promotions=[], bargain={"bulk": None})
    part = part_of(engine.reply(text, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["prices"], part.facts["total"]) == ("products_total", prices, total)


def test_a_count_of_a_size_whose_price_goes_by_the_pot_at_second_half_price_is_summed_for_each_pot(
        make_engine: Callable[..., Engine]) -> None:
    """「中号多少钱」 … 「两盆多少」 at 第二盆半价, the pot not said: what two come to in each pot."""
    pothos = {"id": "pothos", "name": "绿萝盆栽", "price": 45, "colours": ["塑料盆", "陶瓷盆"],
              "sizes": ["中号", "大号"], "prices": {"中号": 45, "大号": 89, "陶瓷盆 中号": 59, "陶瓷盆 大号": 109}}
    promotions = [{"name": "绿萝第二盆半价", "description": "同一规格拍两盆,第二盆半价,下单自动减。",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[pothos], promotions=promotions, bargain={"bulk": None})
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("中号多少钱", item_id="pothos", now=now)
    part = bargain_part(engine.reply("两盆多少", first.conversation, item_id="pothos", now=now))
    assert part.case == "prices_total_off"
    assert "减完67.5元" in part.facts["totals"] and "减完88.5元" in part.facts["totals"]  # 45+22.5, 59+29.5


@pytest.mark.parametrize("terms", ["维生素同规格拍两瓶送一瓶,共发三瓶", "买二送一,同款发三瓶", "拍2瓶送1瓶同款"])
@pytest.mark.parametrize(("asked", "case", "net"), [
    ("60粒买三瓶多少钱", "price_total_free", "178元"),  # a whole set: three for the price of two
    ("60粒要六瓶多少钱", "price_total_free", "356元"),  # two sets: four paid
    ("60粒拍两瓶多少钱", "price_total_terms", None),  # two, not a whole set (a third comes): the sum and the terms
])
def test_a_count_while_buy_two_get_one_runs_is_worked_out_for_whole_sets_and_else_told_with_its_terms(
        make_engine: Callable[..., Engine], terms: str, asked: str, case: str, net: str | None) -> None:
    """「60粒买三瓶多少钱」 while 拍两瓶送一瓶 runs: two paid, 178元; not 267元 as if nothing ran."""
    pills = {"id": "pills", "name": "复合维生素", "price": 89, "colours": ["原味"], "sizes": ["60粒", "120粒"],
             "prices": {"120粒": 159}}
    promotions = [{"name": "维生素买二送一", "description": terms, "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[pills], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(asked, item_id="pills", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts.get("net"), part.facts["promotion_name"]) == (case, net, "维生素买二送一")


@pytest.mark.parametrize(("asked", "case", "worked"), [
    ("60粒要六瓶多少钱", "price_total_free_coupon", "316元"),  # 4 paid: 356 reaches 299, − 30, the coupon − 10
    ("60粒买三瓶多少钱", "price_total_free", "178元"),  # 2 paid: 178, short of 299
    ("买三瓶多少钱", "prices_total_off", "减完再用满159元减10元的券278元"),  # 120粒's two paid, 318 − 30 − 10
])
def test_buy_two_get_one_beside_a_spend_off_is_worked_out_with_what_the_paid_ones_reach(
        make_engine: Callable[..., Engine], asked: str, case: str, worked: str) -> None:
    pills = {"id": "pills", "name": "复合维生素", "price": 89, "colours": ["原味"], "sizes": ["60粒", "120粒"],
             "prices": {"120粒": 159}}
    promotions = [{"name": "维生素买二送一", "description": "同规格拍两瓶送一瓶,共发三瓶", "start": "2026-12-01",
                   "end": "2026-12-31"},
                  {"name": "双12满减", "description": "全店满299减30,可以和店铺券一起用", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[pills], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 10, "min_spend": 159}})
    part = bargain_part(engine.reply(asked, item_id="pills", now=dt.datetime(2026, 12, 3, 14)))
    assert part.case == case
    assert worked in (part.facts["totals"] if case == "prices_total_off" else part.facts["net"])


@pytest.mark.parametrize("terms", ["满399送旅行装小样", "买2瓶送1个摇杯", "买二送一,再享9折"])
def test_a_gift_of_other_goods_or_terms_beside_it_are_not_worked_out_as_goods_given(
        make_engine: Callable[..., Engine], terms: str) -> None:
    pills = {"id": "pills", "name": "复合维生素", "price": 89, "colours": ["原味"], "sizes": ["60粒"]}
    promotions = [{"name": "维生素福利", "description": terms, "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[pills], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("买三瓶多少钱", item_id="pills", now=dt.datetime(2026, 12, 3, 14)))
    assert part.case != "price_total_free" and "178元" not in part.text


@pytest.mark.parametrize("then", ["两件呢", "两件呢 有满减吗", "两件的话 有什么优惠"])
def test_a_count_of_what_was_just_priced_with_its_deals_asked_is_what_they_come_to(
        make_engine: Callable[..., Engine], then: str) -> None:
    """「两盒呢 有满减吗」 right after one was priced: two of it, worked out with the 满减 (not the terms alone)."""
    engine = make_engine(bargain={"bulk": None})
    now = dt.datetime(2026, 12, 3, 14)  # 双十二预热: 全店满299减30
    first = engine.reply("黑色M多少钱", item_id=DRESS, now=now)
    part = bargain_part(engine.reply(then, first.conversation, item_id=DRESS, now=now))
    assert part.case.startswith("price_total") and (part.facts["product"], part.facts["total"]) == ("M 黑色", "338元")


@pytest.mark.parametrize("text", ["情人节也是这个价吗", "母亲节贵吗", "情人节那天多少钱"])
def test_a_price_asked_of_an_occasion_a_fact_prices_is_that_fact(make_engine: Callable[..., Engine], text: str) -> None:
    """「情人节也是这个价吗」 of roses whose 节日价格 says the price goes up then: that, not 「已经很实在了」."""
    note = "情人节和母亲节前后几天花束价格会上调,以当时页面价格为准"
    roses = {"id": "roses", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["11枝"],
             "attributes": {"节日价格": note}}
    reply = make_engine(products=[roses], promotions=[]).reply(text, item_id="roses", now=NO_PROMOTION)
    assert note in reply.suggestion  # (by bargain's promotion_own, or product's facts for 「贵吗」)
    assert "便宜" not in reply.suggestion


@pytest.mark.parametrize("page", ["cabinet", "bracket", None])
def test_a_product_named_before_another_prices_the_second_s_variant_for_it(
        make_engine: Callable[..., Engine], page: str | None) -> None:
    """「柜机支架多少钱」: the bracket made for the 柜机 (柜机用, 180元), never the 柜机 and a bracket summed."""
    cabinet = {"id": "cabinet", "name": "圆柱立式柜机", "aliases": ["柜机"], "price": 5299, "colours": ["白色"],
               "sizes": ["2匹", "3匹"]}
    bracket = {"id": "bracket", "name": "外机不锈钢支架", "aliases": ["支架"], "price": 120, "colours": ["不锈钢"],
               "sizes": ["挂机用", "柜机用"], "prices": {"柜机用": 180}}
    engine = make_engine(products=[cabinet, bracket], promotions=[], bargain={"bulk": None})
    reply = engine.reply("柜机支架多少钱", item_id=page, now=dt.datetime(2026, 12, 15, 9))
    assert reply.mode == "auto" and "180元" in reply.text and "5299" not in reply.text and "5479" not in reply.text


@pytest.mark.parametrize(("text", "totals"), [
    ("双肩包加一个钱包一共多少", "短款 418元、长款 458元"),  # which wallet is left open: what each comes to
    ("双肩包加两个钱包一共多少", "短款 507元、长款 587元"),
])
def test_products_bought_together_with_one_variant_left_open_are_summed_for_each(
        make_engine: Callable[..., Engine], text: str, totals: str) -> None:
    bag = {"id": "bag", "name": "双肩包", "price": 329, "colours": ["黑色"], "sizes": ["标准款"]}
    wallet = {"id": "wallet", "name": "钱包", "price": 89, "colours": ["黑色"], "sizes": ["短款", "长款"],
              "prices": {"长款": 129}}
    engine = make_engine(products=[bag, wallet], promotions=[], bargain={"bulk": None})
    reply = engine.reply(text, now=dt.datetime(2026, 12, 15, 9))
    part = part_of(reply, "bargain")
    assert (part.case, part.facts["product"], part.facts["totals"]) == ("products_total_each", "钱包", totals)
    # 「长款的」 next names the one meant: what they come to with it
    then = part_of(engine.reply("长款的", reply.conversation, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (then.case, then.facts["total"]) == ("products_total", totals.split("、")[1].removeprefix("长款 "))
    # a promotion that cuts the price by terms not worked out: each sum as listed, and the terms that decide it
    cut = [{"name": "双12", "description": "全店直降20元", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[bag, wallet], promotions=cut, bargain={"bulk": None})
    part = part_of(engine.reply(text, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["totals"], part.facts["promotion"]) == ("products_total_each_terms", totals,
                                                                          "全店直降20元")


@pytest.mark.parametrize(("least", "case", "short"), [
    (999, "products_total_each_short", "412元"),  # 满999减50 that even 587元 falls short of: how far
    (499, "products_total_each_off", None),  # 满499减50 that both reach: each sum, and each after it
])
def test_products_together_beside_a_spend_off_are_summed_with_how_far_it_is_or_what_they_come_to(
        make_engine: Callable[..., Engine], least: int, case: str, short: str | None) -> None:
    bag = {"id": "bag", "name": "双肩包", "price": 329, "colours": ["黑色"], "sizes": ["标准款"]}
    wallet = {"id": "wallet", "name": "钱包", "price": 89, "colours": ["黑色"], "sizes": ["短款", "中款", "长款"],
              "prices": {"中款": 89, "长款": 129}}
    spend = [{"name": "双12", "description": f"全店满{least}减50", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[bag, wallet], promotions=spend, bargain={"bulk": None})
    part = part_of(engine.reply("双肩包加两个钱包一共多少", now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts.get("short")) == (case, short)
    assert part.facts["totals"] == "短款/中款 507元、长款 587元"  # the variants of one sum told together
    if case == "products_total_each_off":
        assert part.facts["net"] == "短款/中款 457元、长款 537元"


def test_products_together_with_several_left_open_are_summed_from_the_cheapest_to_the_dearest(
        make_engine: Callable[..., Engine]) -> None:
    seat = {"id": "seat", "name": "安全座椅", "price": 1599, "colours": ["灰色"], "sizes": ["标准版", "旗舰版"],
            "prices": {"旗舰版": 1999}}
    booster = {"id": "booster", "name": "增高垫", "price": 399, "colours": ["灰色"], "sizes": ["安全带款", "ISOFIX款"],
               "prices": {"ISOFIX款": 499}}
    engine = make_engine(products=[seat, booster], promotions=[], bargain={"bulk": None})
    part = part_of(engine.reply("增高垫和安全座椅一起买多少钱", now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["totals"]) == ("products_total_each", "1998-2498元")
    # a 满2200减100 some choices reach and some do not: the sums, and its terms, for the buyer to choose by
    spend = [{"name": "双12", "description": "全店满2200减100", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[seat, booster], promotions=spend, bargain={"bulk": None})
    reply = engine.reply("增高垫和安全座椅一起买多少钱", now=dt.datetime(2026, 12, 15, 9))
    part = part_of(reply, "bargain")
    assert (part.case, part.facts["totals"]) == ("products_total_each_terms", "1998-2498元")
    assert "满2200减100" in reply.text and reply.mode == "auto"


@pytest.mark.parametrize(("text", "case"), [
    ("一个班45个人 每人一本 能优惠多少", "bulk"),  # 45本 said, past its 10: the rate for many they reach
    ("老板便宜点呗 买的多", "fixed_bulk"),
    ("能便宜点吗", "fixed"),
])
def test_a_shop_that_never_haggles_tells_its_rate_for_many_to_one_buying_many(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    engine = make_engine(bargain={"negotiable": False, "bulk": {"min_items": 10, "rate": 0.9}, "coupon": None},
                         promotions=[])
    part = part_of(engine.reply(text, item_id=DRESS, now=NO_PROMOTION), "bargain")
    assert part.case == case
    assert (case != "fixed") == ("10件" in part.text and "9折" in part.text)


def test_another_added_on_no_page_is_summed_with_the_one_talked_about(make_engine: Callable[..., Engine]) -> None:
    trunks = {"id": "trunks", "name": "速干泳裤", "aliases": ["泳裤"], "price": 59, "colours": ["黑色"],
              "sizes": ["L", "XL"]}
    cap = {"id": "cap", "name": "硅胶泳帽", "aliases": ["泳帽"], "price": 29, "colours": ["黑色"],
           "sizes": ["标准款", "长发款"], "prices": {"长发款": 35}}
    engine = make_engine(products=[trunks, cap], promotions=[], bargain={"bulk": None},
                         shipping={"free_shipping_over": 69})
    first = engine.reply("泳裤多少钱", now=NO_PROMOTION)
    then = engine.reply("再加个泳帽 一共多少钱 包邮吗", first.conversation, now=NO_PROMOTION)
    part = part_of(then, "bargain")
    assert part.case.startswith("products_total") and "88元" in part.text and "94元" in part.text
    assert part_of(then, "shipping").case != "fee_item_paid"  # not the cap alone, short of 69元


@pytest.mark.parametrize(("text", "case"), [
    ("我要30卷 能便宜点吗", "hold_bulk"),  # 30 reach the rate for many: that, not 「已经很实在了」
    ("30卷米白能便宜不", "hold_bulk"),
    ("我要3卷 能便宜点吗", "hold"),  # too few for it: the haggle's first step
])
def test_a_haggle_over_enough_pieces_is_told_the_rate_for_many(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    paper = {"id": "paper", "name": "无纺布墙纸", "price": 89, "colours": ["米白", "浅灰"], "sizes": ["单卷"]}
    engine = make_engine(products=[paper], bargain={"negotiable": True, "bulk": {"min_items": 10, "rate": 0.9}},
                         promotions=[])
    part = part_of(engine.reply(text, item_id="paper", now=NO_PROMOTION), "bargain")
    assert part.case == case
    assert (case == "hold_bulk") == ("10件" in part.text and "9折" in part.text)


@pytest.mark.parametrize("lines", [
    ["全套 减完多少"],  # what it comes to, asked by itself: no haggling
    ["全套168 双12能减吗 减完多少"],  # its price said back is no count of it
    ["全套多少钱", "活动减完多少"],  # right after its price: the one just priced
])
def test_what_a_variant_comes_to_after_the_promotion_is_worked_out(
        make_engine: Callable[..., Engine], lines: list[str]) -> None:
    book = {"id": "book", "name": "中考总复习", "price": 39.8, "colours": ["数学", "五科全套"], "sizes": ["人教版"],
            "variant_aliases": {"五科全套": ["全套"]}, "prices": {"五科全套": 168}}
    promotions = [{"name": "双12读书节", "description": "全店满99减10,下单自动减。", "start": "2026-12-10",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[book], promotions=promotions, bargain={"bulk": None, "coupon": None})
    conversation = None
    for line in lines:
        reply = engine.reply(line, conversation, item_id="book", now=dt.datetime(2026, 12, 11, 15))
        conversation = reply.conversation
    part = part_of(reply, "bargain")
    assert (part.case, part.facts["net"]) == ("price_net_told", "158元")


@pytest.mark.parametrize(("terms", "text", "net"), [
    ("碎花裙第二件半价,下单自动算。", "M码两件多少钱", "253.5元"),  # 169 + 84.5
    ("碎花裙下单立减20元。", "M码两件多少钱", "298元"),  # (169 - 20) × 2
])
def test_a_count_during_a_plain_cut_or_second_half_price_is_what_they_come_to(
        make_engine: Callable[..., Engine], terms: str, text: str, net: str) -> None:
    promotions = [{"name": "冬装节", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert (part.case, part.facts["total"], part.facts["net"]) == ("price_total_off", "338元", net)


def test_a_product_never_haggled_over_tells_the_rate_for_many_to_one_buying_many(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(bargain={"bulk": {"min_items": 5, "rate": 0.9},
                                  "categories": {"连衣裙": {"negotiable": False}}}, promotions=[])
    assert bargain_part(engine.reply("能便宜点吗 买10件", item_id=DRESS, now=NO_PROMOTION)).case == "fixed_product_bulk"
    assert bargain_part(engine.reply("能便宜点吗", item_id=DRESS, now=NO_PROMOTION)).case.startswith("fixed_product")


@pytest.mark.parametrize(("promotions", "coupon", "case"), [
    ([], None, "fixed_product"),
    ([{"name": "冬装节", "description": "全店满299减30", "start": "2026-12-01", "end": "2026-12-31"}], None,
     "fixed_product_promotion"),
    ([], {"amount": 10, "min_spend": 159}, "fixed_product_coupon"),
    ([{"name": "冬装节", "description": "全店满299减30", "start": "2026-12-01", "end": "2026-12-31"}],
     {"amount": 10, "min_spend": 159}, "fixed_product_promotion_coupon"),
])
def test_a_product_never_haggled_over_tells_what_lowers_its_price_instead(
        make_engine: Callable[..., Engine], promotions: list[dict[str, str]], coupon: dict[str, int] | None,
        case: str) -> None:
    """A shop that haggles, a dress that is not: no, and the promotions and the coupon it takes, as the
    shop that never haggles says."""
    engine = make_engine(bargain={"bulk": None, "coupon": coupon, "categories": {"连衣裙": {"negotiable": False}}},
                         promotions=promotions)
    part = bargain_part(engine.reply("能便宜点吗", item_id=DRESS, now=dt.datetime(2026, 12, 8, 10)))
    assert part.case == case
    assert ("满299减30" in part.text, "满159元减10元" in part.text) == (bool(promotions), coupon is not None)


@pytest.mark.parametrize(("text", "told"), [
    ("多少钱 能便宜点不", ["169元", "不议价"]),  # its price first, then no
    ("能便宜点吗 买两个", ["不议价", "338元"]),  # no, and what two come to
])
def test_a_product_never_haggled_over_asked_its_price_or_a_count_beside_tells_them(
        make_engine: Callable[..., Engine], text: str, told: list[str]) -> None:
    engine = make_engine(bargain={"bulk": None, "coupon": None, "categories": {"连衣裙": {"negotiable": False}}},
                         promotions=[])
    reply = engine.reply(text, item_id=DRESS, now=NO_PROMOTION)
    assert all(fact in reply.text for fact in told), reply.text


def test_a_price_asked_per_counted_unit_after_a_stock_answer_is_a_price_question(
        make_engine: Callable[..., Engine]) -> None:
    """「人教版三年级有吗」 … 「多少钱一本」: the price of one, not the stock again (一本 is no count of more)."""
    book = {"id": "book", "name": "同步练习册", "price": 18.8, "colours": ["人教版"], "sizes": ["三年级"]}
    engine = make_engine(products=[book], promotions=[])
    first = engine.reply("人教版三年级有吗", item_id="book", now=NO_PROMOTION)
    then = engine.reply("多少钱一本", first.conversation, item_id="book", now=NO_PROMOTION)
    assert bargain_part(then).facts["price"] == "18.8元"


_TOTE = {"id": "tote", "name": "托特包", "price": 399, "colours": ["黑色", "焦糖色"], "sizes": ["牛皮款", "PU款"],
         "prices": {"PU款": 159}}
@pytest.mark.parametrize("text", ["托特包和电热水壶差多少钱", "托特包跟电热水壶差多少"])
def test_a_gap_asked_between_two_products_named_is_their_prices_apart_not_together(
        make_engine: Callable[..., Engine], text: str) -> None:
    engine = make_engine(products=[_TOTE, {**_KETTLE, "prices": {}}])
    part = part_of(engine.reply(text, item_id="tote", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert (part.case, part.facts["prices"], part.facts["gap"]) == (
        "prices_gap", "电热水壶 129元、托特包 399元", "270元")


_KETTLE = {"id": "kettle", "name": "电热水壶", "price": 129, "colours": ["白色"], "sizes": ["1.5升", "1.8升", "2升"],
           "prices": {"1.8升": 149, "2升": 169}}


@pytest.mark.parametrize(("text", "prices", "dearer", "gap"), [
    ("牛皮和pu差多少钱", "PU款 159元、牛皮款 399元", "牛皮款", "240元"),  # the two named, cheaper first
    ("两个差多少钱", "PU款 159元、牛皮款 399元", "牛皮款", "240元"),  # 两个: the only two, not a count of two
    ("牛皮的贵多少", "PU款 159元、牛皮款 399元", "牛皮款", "240元"),  # the one named and the other of its kind
    ("牛皮的跟pu的查多少钱", "PU款 159元、牛皮款 399元", "牛皮款", "240元"),  # 差 typed 查
])
def test_a_gap_asked_between_two_variants_says_both_prices_and_the_gap(
        make_engine: Callable[..., Engine], text: str, prices: str, dearer: str, gap: str) -> None:
    engine = make_engine(products=[_TOTE])
    part = part_of(engine.reply(text, item_id="tote", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.case == "prices_gap"
    assert (part.facts["prices"], part.facts["dearer"], part.facts["gap"]) == (prices, dearer, gap)
    assert gap in part.text


@pytest.mark.parametrize(("text", "case"), [
    ("1.8升和2升差多少钱", "prices_gap"),  # two of three named: their gap
    ("差多少钱", "prices"),  # no two to compare among three: each size's price
    ("大的贵多少", "prices"),
])
def test_a_gap_with_no_two_to_compare_lists_the_prices(make_engine: Callable[..., Engine], text: str,
                                                        case: str) -> None:
    engine = make_engine(products=[_KETTLE])
    part = part_of(engine.reply(text, item_id="kettle", now=dt.datetime(2026, 12, 8, 10)), "bargain")
    assert part.case == case
    if case == "prices_gap":
        assert part.facts["gap"] == "20元" and part.facts["dearer"] == "2升"


_KINDS_OF_PROMOTION = [
    {"name": "连衣裙第二件半价", "description": "连衣裙同款拍两件,第二件半价。", "start": "2026-12-01",
     "end": "2026-12-20"},
    {"name": "双12狂欢", "description": "全店满199减20,下单自动减。", "start": "2026-12-10", "end": "2026-12-12"},
    {"name": "冬季清仓", "description": "清仓款一律7折。", "start": "2026-11-20", "end": "2026-12-05"},
]


@pytest.mark.parametrize(("text", "case", "name", "end"), [
    ("满减今天最后一天吗", "promotion_until", "双12狂欢", "今天(12月12日)"),  # by its kind: 满199减20
    ("双12活动是今天结束吗", "promotion_until", "双12狂欢", "今天(12月12日)"),  # whether it ends today
    ("半价活动到哪天", "promotion_until", "连衣裙第二件半价", "12月20日"),
    ("清仓活动还有吗", "promotion_over", "冬季清仓", "12月5日"),  # a word of its name, over already
])
def test_a_promotion_called_by_its_kind_or_a_word_of_its_name_is_the_one_told(
        make_engine: Callable[..., Engine], text: str, case: str, name: str, end: str) -> None:
    engine = make_engine(promotions=_KINDS_OF_PROMOTION)
    part = part_of(engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 12, 10)), "bargain")
    assert (part.case, part.facts["promotion_name"], part.facts["end"]) == (case, name, end)


_ROBOT = {"id": "robot", "name": "扫地机", "price": 2499, "colours": ["黑色"], "sizes": ["标准版", "集尘版", "全能版"],
          "prices": {"集尘版": 2999, "全能版": 3999}}


@pytest.mark.parametrize(("text", "case", "said"), [
    ("标准版多少钱", "price", "2499元"),  # left out by name: no cut
    ("集尘版多少钱", "price", "2999元"),  # not the one cut: no cut
    ("全能版多少钱", "price_net_told", "到手3499元"),  # the one the terms cut
    ("多少钱", "prices", "标准版 2499元、集尘版 2999元、全能版 3999元到手3499元"),
])
def test_a_cut_the_terms_give_one_variant_is_that_variants_alone(
        make_engine: Callable[..., Engine], text: str, case: str, said: str) -> None:
    promotions = [{"name": "双12", "description": "全能版直降500元,到手3499元;标准版和集尘版不参加。",
                   "start": "2026-12-01", "end": "2026-12-12", "products": ["robot"]}]
    engine = make_engine(products=[_ROBOT], promotions=promotions)
    part = part_of(engine.reply(text, item_id="robot", now=dt.datetime(2026, 12, 3, 14)), "bargain")
    assert part.case == case and said in part.text
    assert "1999元" not in part.text and "2499元到手" not in part.text


@pytest.mark.parametrize(("spend_off", "case"), [
    ("全店满200减20,可以和店铺券一起用。", "price_net_told"),  # one dress after its cut (159元) is under 200
    # 159元 reaches 150: whether they go together is not said: the price and both terms
    ("全店满150减20,可以和店铺券一起用。", "price_promotions"),
])
def test_a_products_own_cut_beside_a_spend_off_one_item_does_not_reach_is_worked_out(
        make_engine: Callable[..., Engine], spend_off: str, case: str) -> None:
    promotions = [{"name": "连衣裙立减", "description": "连衣裙每条立减10元。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": [DRESS]},
                  {"name": "双12满减", "description": spend_off, "start": "2026-12-10", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    part = part_of(engine.reply("多少钱", item_id=DRESS, now=dt.datetime(2026, 12, 10, 14)), "bargain")
    assert part.case == case
    if case == "price_net_told":
        assert "到手159元" in part.text and part.facts["promotion_name"] == "连衣裙立减"


@pytest.mark.parametrize(("terms", "case"), [
    ("全店每件立减20元,不能和店铺券一起用。", "promotions_coupon_apart"),  # the coupon said not to go with it
    ("全店每件立减20元,可以和店铺券一起用。", "promotions_coupon"),
    ("全店每件立减20元。", "promotions_coupon"),
])
def test_a_promotion_that_keeps_the_coupon_apart_says_so_beside_the_coupon(
        make_engine: Callable[..., Engine], terms: str, case: str) -> None:
    promotions = [{"name": "年货节", "description": terms, "start": "2027-01-01", "end": "2027-01-20"}]
    engine = make_engine(promotions=promotions)
    part = part_of(engine.reply("有啥活动", item_id=DRESS, now=dt.datetime(2027, 1, 6, 10)), "bargain")
    assert part.case == case
    assert ("不能和活动同时用" in part.text or "两个不能一起用" in part.text) == (case == "promotions_coupon_apart")


_FILTER = {"id": "filter", "name": "滤网", "price": 39, "colours": ["白色"], "sizes": ["2片装"]}
_BRUSH = {"id": "brush", "name": "边刷", "price": 29, "colours": ["白色"], "sizes": ["2只装"]}
_MOP = {"id": "mop", "name": "拖布", "price": 39, "colours": ["白色"], "sizes": ["2块装"]}
_BY_COUNT = [{"name": "耗材多买多折", "description": "同一单满2件打9折,满3件打8折,不同耗材可以凑。",
              "start": "2026-12-01", "end": "2026-12-31"},
             {"name": "年终满减", "description": "全店满2000减200。", "start": "2026-12-01", "end": "2026-12-31"}]


def test_things_bought_together_while_a_rate_for_so_many_runs_come_to_that_rate(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_FILTER, _BRUSH, _MOP], promotions=_BY_COUNT, bargain={"bulk": None})
    part = part_of(engine.reply("滤网一个 边刷一个 一共多少", item_id="filter", now=dt.datetime(2026, 12, 13, 19)),
                   "bargain")
    assert (part.case, part.facts["total"], part.facts["rate"], part.facts["net"]) == (
        "products_total_rate", "68元", "9折", "61.2元")  # (满2000减200 is not reached: it moves nothing)
    three = part_of(engine.reply("滤网边刷拖布各一个 一共多少", item_id="filter", now=dt.datetime(2026, 12, 13, 19)),
                    "bargain")
    assert (three.case, three.facts["net"]) == ("products_total_rate", "85.6元")


_HONEY = [{"id": "acacia", "name": "洋槐蜜", "price": 58, "colours": ["洋槐蜜"], "sizes": ["500g", "1000g"],
           "prices": {"1000g": 98}},  # (一斤 is its 500g, 两斤 its 1000g: no alias needed)
          {"id": "jujube", "name": "枣花蜜", "price": 48, "colours": ["枣花蜜"], "sizes": ["500g", "1000g"],
           "prices": {"1000g": 88}}]
_BY_COUNT_CUT = [{"name": "蜂蜜多拍立减", "start": "2026-12-01", "end": "2026-12-12",
                  "description": "任选2瓶立减10元,任选3瓶及以上立减20元,和店铺5元券可以一起用。"}]


@pytest.mark.parametrize(("text", "case", "net"), [
    ("洋槐蜜一斤 枣花蜜一斤 一起拍多少", "products_total_count_cut", "96元"),  # 106元 less 10: under the coupon's 99
    ("洋槐蜜两斤 枣花蜜两斤 一起拍多少", "products_total_count_cut_coupon", "171元"),  # 186 less 10, then less 5
])
def test_things_bought_together_while_a_cut_for_so_many_runs_come_to_that_cut(
        make_engine: Callable[..., Engine], text: str, case: str, net: str) -> None:
    engine = make_engine(products=_HONEY, promotions=_BY_COUNT_CUT, bargain={"bulk": None,
                                                                             "coupon": {"amount": 5, "min_spend": 99}})
    reply = engine.reply(text, item_id="acacia", now=dt.datetime(2026, 12, 8, 10, 30))
    part = part_of(reply, "bargain")
    assert (part.case, part.facts.get("net")) == (case, net), reply.suggestion + reply.text
    assert "洋槐蜜 洋槐蜜" not in reply.text + reply.suggestion  # the variant its name says is not said twice


@pytest.mark.parametrize(("page", "text", "total"), [
    ("dumbbell", "24一对加一个弹力带五件套一共多少", "1248元"),  # 1149 + 99: the page's goods said unnamed, first
    ("mattress", "22厚1.8的床垫加一个1.8保护罩一共多少钱", "2048元"),  # 1899 + 149: a thickness sold as a colour
])
def test_the_pages_goods_said_by_their_variants_before_another_product_are_summed_with_it(
        make_engine: Callable[..., Engine], page: str, text: str, total: str) -> None:
    goods = [{"id": "dumbbell", "name": "可调哑铃", "price": 399, "colours": ["单只装", "一对装"],
              "sizes": ["15kg", "24kg"], "variant_aliases": {"一对装": ["一对"]},
              "prices": {"24kg": 599, "一对装 15kg": 769, "一对装 24kg": 1149}},
             {"id": "bands", "name": "弹力带", "price": 39, "colours": ["黑色"], "sizes": ["15磅", "五件套"],
              "prices": {"五件套": 99}},
             {"id": "mattress", "name": "弹簧床垫", "price": 1699, "colours": ["22cm", "28cm"],
              "sizes": ["1.5米", "1.8米"], "prices": {"1.8米": 1899}},
             {"id": "protector", "name": "床垫保护罩", "aliases": ["保护罩"], "price": 129, "colours": ["白色"],
              "sizes": ["1.5米", "1.8米"], "prices": {"1.8米": 149}}]
    engine = make_engine(products=goods, promotions=[], bargain={"bulk": None, "coupon": None})
    part = part_of(engine.reply(text, item_id=page, now=dt.datetime(2026, 12, 9, 14)), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total", total)


@pytest.mark.parametrize("then", ["满减完多少", "到手多少", "一共多少钱"])
def test_what_things_summed_come_to_after_a_cut_asked_next_is_of_them_all(
        make_engine: Callable[..., Engine], then: str) -> None:
    cut = [{"name": "双十二", "description": "全店满60减10,下单自动减。", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[_FILTER, _BRUSH], promotions=cut, bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 11, 15)
    first = engine.reply("一个滤网加两个边刷多少钱", item_id="filter", now=now)
    assert part_of(first, "bargain").facts["total"] == "97元"
    part = part_of(engine.reply(then, first.conversation, item_id="filter", now=now), "bargain")
    assert (part.case, part.facts.get("total"), part.facts.get("net")) == ("products_total_off", "97元", "87元")


@pytest.mark.parametrize(("text", "total"), [
    ("1.8的四件套加一对枕套一共多少钱", "468元"),  # 429 + 39: 四 of 四件套 counts nothing
    ("1.8的四件套加两对枕套多少钱", "507元"),  # 429 + 2 × 39: a pair sold as 一对, two pairs are two of it
    ("1.8的加两对枕套一共多少", "507元"),
])
def test_a_set_called_by_its_kind_and_pairs_sold_by_the_pair_are_counted_as_bought(
        make_engine: Callable[..., Engine], text: str, total: str) -> None:
    goods = [{"id": "set", "name": "长绒棉贡缎四件套", "category": "四件套", "price": 399, "colours": ["奶白"],
              "sizes": ["1.5m", "1.8m"], "prices": {"1.8m": 429}},
             {"id": "pillow", "name": "全棉枕套一对", "aliases": ["枕套"], "price": 39, "colours": ["奶白"],
              "sizes": ["48x74cm"], "attributes": {"尺寸": "48x74cm,一对两只"}}]
    engine = make_engine(products=goods, promotions=[], bargain={"bulk": None, "coupon": None})
    part = part_of(engine.reply(text, item_id="set", now=dt.datetime(2026, 12, 10, 15)), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total", total)


def test_things_bought_together_where_a_rate_and_a_promotion_both_hold_get_the_sum_and_the_terms(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_FILTER, _BRUSH, _MOP], promotions=_BY_COUNT,
                         bargain={"bulk": {"min_items": 2, "rate": 0.95}})
    part = part_of(engine.reply("滤网一个 边刷一个 一共多少", item_id="filter", now=dt.datetime(2026, 12, 13, 19)),
                   "bargain")
    assert (part.case, part.facts["total"], part.facts["promotion_name"]) == (
        "products_total_terms", "68元", "耗材多买多折")


_POTHOS = {"id": "pothos", "name": "绿萝", "price": 19.9, "colour_label": "大小", "colours": ["小号", "中号"],
           "sizes": ["带盆", "不带盆"], "prices": {"小号 带盆": 19.9, "小号 不带盆": 12.9, "中号 带盆": 35,
                                                   "中号 不带盆": 25}}


@pytest.mark.parametrize(("first", "then", "price"), [
    ("中号带盆多钱", "不带盆的呢", "25元"),  # the size said before, with the other half named now
    ("小号不带盆多少钱", "中号的呢", "25元"),
])
def test_a_price_follow_up_naming_one_half_keeps_the_other(make_engine: Callable[..., Engine], first: str,
                                                            then: str, price: str) -> None:
    engine = make_engine(products=[_POTHOS], promotions=[])
    told = engine.reply(first, item_id="pothos", now=NO_PROMOTION)
    part = part_of(engine.reply(then, told.conversation, item_id="pothos", now=NO_PROMOTION), "bargain")
    assert (part.case, part.facts["price"]) == ("price", price)


_LENS = {"id": "lens", "name": "树脂镜片", "price": 298, "colour_label": "功能", "colours": ["标准膜", "防蓝光"],
         "sizes": ["1.60", "1.67"], "prices": {"防蓝光 1.60": 368, "标准膜 1.67": 498, "防蓝光 1.67": 598},
         "attributes": {"防蓝光": "膜层防蓝光,阻隔约30%蓝光"}}


def test_a_variant_also_named_as_a_fact_said_alone_after_a_price_is_that_ones_price(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_LENS], promotions=[])
    told = engine.reply("1.60多少钱", item_id="lens", now=NO_PROMOTION)
    then = engine.reply("防蓝光的", told.conversation, item_id="lens", now=NO_PROMOTION)
    assert (then.intents[0], part_of(then, "bargain").facts["price"]) == ("bargain", "368元")  # not its 防蓝光 fact
    alone = engine.reply("防蓝光的", item_id="lens", now=NO_PROMOTION)
    assert alone.intents[0] == "product" and "阻隔约30%" in f"{alone.text} {alone.suggestion}"  # no price before


@pytest.mark.parametrize("text", ["买两件送啥", "买两件送袜子吗"])
def test_a_gift_asked_with_a_count_is_the_gift_not_the_rate_for_many(make_engine: Callable[..., Engine],
                                                                      text: str) -> None:
    engine = make_engine(promotions=[], bargain={"gift": "一双袜子", "bulk": {"min_items": 5, "rate": 0.9}})
    part = part_of(engine.reply(text, item_id=DRESS, now=NO_PROMOTION), "bargain")
    assert part.case.startswith("gift") and "袜子" in part.text and "9折" not in part.text


@pytest.mark.parametrize("text", ["L码现在多少", "现在多少钱", "目前卖多少"])
def test_a_price_asked_as_what_it_is_now_is_the_price(make_engine: Callable[..., Engine], text: str) -> None:
    part = part_of(make_engine(promotions=[]).reply(text, item_id=DRESS, now=NO_PROMOTION), "bargain")
    assert part.case == "price" and "169元" in part.text


@pytest.mark.parametrize(("text", "prices", "total"), [
    ("小号带盆3盆 中号带盆1盆 一共多少", "小号×3 到手50.7元、中号 到手32元", "82.7元"),  # the count after both halves
    ("小号带盆两个中号带盆一个 多少钱", "小号×2 到手33.8元、中号 到手32元", "65.8元"),
])
def test_variants_counted_while_a_plain_cut_runs_come_to_what_is_left_of_each(
        make_engine: Callable[..., Engine], text: str, prices: str, total: str) -> None:
    promotions = [{"name": "冬季直降", "description": "每盆立减3元,下单直接减。", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=[_POTHOS], promotions=promotions, bargain={"bulk": None})
    part = part_of(engine.reply(text, item_id="pothos", now=dt.datetime(2026, 12, 18, 14)), "bargain")
    assert (part.case, part.facts["prices"], part.facts["total"]) == ("prices_total_off_each", prices, total)


_PHONE = {"id": "phone", "name": "小米15", "price": 4499, "category": "手机", "colours": ["黑色"],
          "sizes": ["12+256", "16+512"], "prices": {"16+512": 5299}}
_SUBSIDY = {"name": "国家补贴", "description": "手机按成交价立减15%,每件最多减500元;需要先领取国补资格。",
            "start": "2026-11-01", "end": "2026-12-31", "categories": ["手机"]}
_CUT_BEFORE_SUBSIDY = {"name": "双12直降", "description": "全系直降200元,国家补贴按直降后的价格再算。",
                       "start": "2026-12-01", "end": "2026-12-12", "products": ["phone"]}


@pytest.mark.parametrize(("text", "case", "says"), [
    ("12+256多少钱", "price_share_off", "到手3999元"),  # 15% of 4499 is 674.85: the cap, 500
    ("国补后多少钱", "prices_terms", "12+256 4499元到手3999元、16+512 5299元到手4799元"),
])
def test_a_share_off_up_to_a_cap_is_worked_out_with_its_terms(
        make_engine: Callable[..., Engine], text: str, case: str, says: str) -> None:
    engine = make_engine(products=[_PHONE], promotions=[_SUBSIDY], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    assert part.case == case and says in part.text
    assert "领取国补资格" in part.text  # what it takes to get it, told with the sum


@pytest.mark.parametrize("text", ["12+256到手多少", "12+256用国补到手多少"])
def test_what_a_price_comes_to_under_a_share_beside_a_trade_in_for_some_is_worked_out(
        make_engine: Callable[..., Engine], text: str) -> None:
    """以旧换新 runs beside 国补 but for those trading in only: 「到手多少」 is what 国补 takes, not the terms."""
    trade_in = {"name": "以旧换新", "description": "旧手机以旧换新,按回收估价抵扣,再补贴300元", "start": "2026-11-01",
                "end": "2026-12-31", "categories": ["手机"]}
    engine = make_engine(products=[_PHONE], promotions=[_SUBSIDY, trade_in], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    assert (part.case, part.facts["net"]) == ("price_share_off", "3999元")  # 15% of 4499 is 674.85: the cap, 500


@pytest.mark.parametrize(("text", "net"), [
    ("12+256国补完多少钱", "3824.15元"),  # 15% of 4499 said before 补贴, under the cap of 2000
    ("16+512国补完多少钱", None),  # its terms leave it out: no sum as if it took part
])
def test_a_share_said_before_its_word_and_a_variant_left_out_of_it(
        make_engine: Callable[..., Engine], text: str, net: str | None) -> None:
    subsidy = {**_SUBSIDY, "description": "一级能效按成交价的15%补贴,每件最高补2000元;16+512是二级能效不参加。"}
    engine = make_engine(products=[_PHONE], promotions=[subsidy], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    assert part.facts.get("net") == net and (part.case == "price_share_off") == (net is not None)
    every = bargain_part(engine.reply("国补后多少钱", item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    # each one's sum, and none for the one left out
    assert (every.case, every.facts["prices"]) == ("prices_terms", "12+256 4499元到手3824.15元、16+512 5299元")


def test_what_a_price_comes_to_under_a_share_beside_a_spend_off_it_falls_short_of(
        make_engine: Callable[..., Engine]) -> None:
    """「到手多少」 of 2199元 while 国补 15% and 满3000减200 both run: 1869.15元, and 801元 short of the 满减."""
    washer = {"id": "washer", "name": "滚筒洗衣机", "price": 2199, "colours": ["白色"], "sizes": ["10公斤"]}
    subsidy = {**_SUBSIDY, "description": "一级能效按成交价的15%补贴,每件最高补2000元", "categories": []}
    spend = {"name": "家电满减", "description": "家电满3000减200,结算自动减", "start": "2026-12-01",
             "end": "2026-12-31"}
    engine = make_engine(products=[washer], promotions=[subsidy, spend], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("到手多少", item_id="washer", now=dt.datetime(2026, 12, 11, 14)))
    assert (part.case, part.facts["net"], part.facts["short"], part.facts["spend_name"]) == (
        "price_share_off_short", "1869.15元", "801元", "家电满减")


def test_prices_asked_while_two_promotions_move_them_are_told_with_both_terms(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_PHONE], promotions=[_SUBSIDY, _CUT_BEFORE_SUBSIDY],
                         bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("到手多少", item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    assert part.case == "prices_terms" and "12+256 4499元" in part.text  # not the list prices alone
    assert "直降200元" in part.text and "立减15%" in part.text


def test_a_spend_off_for_accessories_is_a_plain_spend_off(make_engine: Callable[..., Engine]) -> None:
    charger = {"id": "charger", "name": "67W充电器", "price": 99, "colours": ["白色"], "sizes": ["67W"]}
    promotions = [{"name": "配件满减", "description": "配件(充电器、手机壳、耳机)满199减20。", "start": "2026-12-01",
                   "end": "2026-12-12"}]  # (配件 is no count of 件)
    engine = make_engine(products=[charger], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("两个多少钱", item_id="charger", now=dt.datetime(2026, 12, 2, 10)))
    assert (part.case, part.facts["total"], part.facts["short"]) == ("price_total_short", "198元", "1元")


def test_a_product_named_as_the_variant_of_the_next_is_not_summed_as_itself(
        make_engine: Callable[..., Engine]) -> None:
    phone = {"id": "k80", "name": "红米K80", "aliases": ["k80"], "price": 2499, "colours": ["黑色"],
             "sizes": ["12+256"]}
    case = {"id": "case", "name": "硅胶保护壳", "aliases": ["壳子"], "price": 49, "colours": ["黑色"],
            "sizes": ["小米15", "红米K80"], "variant_aliases": {"红米K80": ["k80"]}, "prices": {"红米K80": 39}}
    buds = {"id": "buds", "name": "蓝牙耳机", "aliases": ["耳机"], "price": 599, "colours": ["白色"],
            "sizes": ["标准版"]}
    engine = make_engine(products=[phone, case, buds], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply("耳机加个k80的壳子一共多少钱", item_id="buds", now=dt.datetime(2026, 12, 2, 10))
    part = bargain_part(reply)
    assert (part.case, part.facts["total"]) == ("products_total", "638元")  # the case for the K80, not the phone


def test_a_second_half_named_so_is_worked_out_though_its_terms_say_it_otherwise(
        make_engine: Callable[..., Engine]) -> None:
    jacket = {"id": "jacket", "name": "儿童羽绒服", "price": 399, "colours": ["藏青"], "sizes": ["140"]}
    promotions = [{"name": "羽绒服第二件半价", "description": "拍两件,价格低的那件半价,下单自动算。",
                   "start": "2026-12-01", "end": "2026-12-15", "products": ["jacket"]},
                  {"name": "双12预热", "description": "全店满299减30,可以和店铺20元券一起用。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[jacket], promotions=promotions, bargain={"bulk": None, "coupon": None})
    first = engine.reply("两件多少钱", item_id="jacket", now=dt.datetime(2026, 12, 2, 11))
    assert (bargain_part(first).case, bargain_part(first).facts["net"]) == ("price_total_off", "568.5元")
    then = engine.reply("能和满减一起用吗", first.conversation, item_id="jacket", now=dt.datetime(2026, 12, 2, 11))
    # the 满减's own line about the shop's coupon says nothing of going with 第二件半价: a person knows
    assert (bargain_part(then).case, then.mode) == ("stacking_unknown", "handoff")


_PANTS = {"id": "pants", "name": "儿童加绒裤", "aliases": ["加绒裤"], "price": 69, "colours": ["黑色"],
          "sizes": ["110"]}
_TOP = {"id": "top", "name": "儿童打底衫", "aliases": ["打底衫"], "price": 39, "colours": ["白色"], "sizes": ["110"]}
_COAT = {"id": "coat", "name": "儿童羽绒服", "aliases": ["羽绒服"], "price": 299, "colours": ["红色"], "sizes": ["110"]}


@pytest.mark.parametrize(("text", "item", "case", "net"), [
    ("两条多少钱", "pants", "price_total_off", "103.5元"),  # 69 + 34.5, short of 满199
    ("拍四条多少钱", "pants", "price_total_off", "187元"),  # 276 − 69 = 207: 满199减20 reached too
    ("拍6条多少钱", "pants", "price_total_off", "290.5元"),  # 414 − 103.5 = 310.5, short of 满399减50: − 20
    ("加绒裤和打底衫一起买多少钱", "pants", "products_total_off", "88.5元"),  # the cheaper one at half: 69 + 19.5
])
def test_a_second_half_beside_a_spend_in_tiers_is_worked_out(make_engine: Callable[..., Engine], text: str,
                                                             item: str, case: str, net: str) -> None:
    """第二件半价 of two products, while a 满减 in tiers (满199减20,满399减50) runs for the whole shop."""
    promotions = [{"name": "冬季满减", "description": "全店满199减20,满399减50,下单自动减。", "start": "2026-11-25",
                   "end": "2026-12-15"},
                  {"name": "加绒裤打底衫第二件半价",
                   "description": "加绒裤、打底衫拍两件,第二件半价(价格低的那件半价)。",
                   "start": "2026-11-25", "end": "2026-12-31", "products": ["pants", "top"]}]
    engine = make_engine(products=[_PANTS, _TOP, _COAT], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id=item, now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["net"]) == (case, net)


def test_a_second_half_is_not_taken_off_goods_it_leaves_out(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "加绒裤打底衫第二件半价", "description": "加绒裤、打底衫拍两件,第二件半价。",
                   "start": "2026-11-25", "end": "2026-12-31", "products": ["pants", "top"]}]
    engine = make_engine(products=[_PANTS, _TOP, _COAT], promotions=promotions, bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("加绒裤和羽绒服一起多少钱", item_id="pants", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("products_total", "368元")


@pytest.mark.parametrize("text", ["折叠车多少钱", "小折多少钱"])
def test_a_folding_bike_asked_the_price_of_is_no_ask_for_a_discount(make_engine: Callable[..., Engine],
                                                                     text: str) -> None:
    bike = {"id": "fold", "name": "铝合金折叠车", "aliases": ["折叠车", "小折"], "price": 1699, "colours": ["白色"],
            "sizes": ["20寸"]}
    part = bargain_part(make_engine(products=[bike], promotions=[]).reply(text, item_id="fold", now=NO_PROMOTION))
    assert part.case == "price" and part.facts["price"] == "1699元"  # 折 of 折叠, not 打折


def test_until_when_asked_after_one_promotion_was_told_is_that_ones_end(make_engine: Callable[..., Engine]) -> None:
    steak = {"id": "steak", "name": "原切牛排", "price": 129, "colours": ["眼肉"], "sizes": ["5片"]}
    promotions = [{"name": "双十二满减", "description": "全店满199减20,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"},
                  {"name": "牛排第二件半价", "description": "同一规格拍两件,第二件半价。", "start": "2026-11-25",
                   "end": "2026-12-31", "products": ["steak"]}]
    engine = make_engine(products=[steak], promotions=promotions, bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 10, 10)
    first = engine.reply("满减还有吗", item_id="steak", now=now)
    then = engine.reply("到几号", first.conversation, item_id="steak", now=now)
    part = bargain_part(then)
    assert (part.case, part.facts["promotion_name"]) == ("promotion_until", "双十二满减")  # not the steak's own
    assert "12月12日" in part.text


def test_a_gap_between_two_grades_that_differs_by_weight_lists_each(make_engine: Callable[..., Engine]) -> None:
    prawns = {"id": "prawn", "name": "白虾", "price": 79, "colours": ["大号", "特大号"], "sizes": ["2斤", "4斤"],
              "prices": {"大号 2斤": 79, "大号 4斤": 149, "特大号 2斤": 99, "特大号 4斤": 189}}
    engine = make_engine(products=[prawns], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("特大号和大号差多少钱", item_id="prawn", now=NO_PROMOTION))
    assert part.case == "prices" and "大号 2斤 79元" in part.text and "特大号 4斤 189元" in part.text  # not 4斤's alone
    named = bargain_part(engine.reply("2斤的特大号和大号差多少钱", item_id="prawn", now=NO_PROMOTION))
    assert (named.case, named.facts["gap"]) == ("prices_gap", "20元")


def test_a_class_set_of_a_product_priced_by_grade_is_what_so_many_of_each_price_come_to(
        make_engine: Callable[..., Engine]) -> None:
    books = {"id": "books", "name": "同步练习册", "price": 45, "colours": ["人教版", "北师大版"],
             "sizes": ["一年级", "三年级"], "prices": {"三年级": 49}}
    engine = make_engine(products=[books], promotions=[], bargain={"bulk": {"min_items": 30, "rate": 0.85},
                                                                 "coupon": None})
    part = bargain_part(engine.reply("一个班50套多少钱", item_id="books", now=NO_PROMOTION))
    assert part.case == "prices_total_bulk" and "1912.5元" in part.text and "2082.5元" in part.text  # 50 × 45/49 × 0.85


def test_whether_two_named_promotions_go_together_is_what_their_terms_say_of_it(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_PHONE], promotions=[_SUBSIDY, _CUT_BEFORE_SUBSIDY],
                         bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("国补和直降能一起用吗", item_id="phone", now=dt.datetime(2026, 12, 2, 10)))
    assert (part.case, part.facts["note"]) == ("stacking", "国家补贴按直降后的价格再算")  # not 国补's own terms


@pytest.mark.parametrize("then", ["多钱", "多少钱 包邮吗"])  # (the price alone in a clause of its own)
def test_the_price_alone_asked_after_a_variant_was_spoken_of_is_that_variants(
        make_engine: Callable[..., Engine], then: str) -> None:
    mats = {"id": "mats", "name": "全包围脚垫", "price": 398, "colours": ["黑色", "咖啡色"],
            "sizes": ["朗逸2018-2023款", "汉兰达7座"], "prices": {"汉兰达7座": 558}}
    engine = make_engine(products=[mats], bargain={"bulk": None})
    first = engine.reply("汉兰达7座的有黑色吗", item_id="mats", now=NO_PROMOTION)
    part = bargain_part(engine.reply(then, first.conversation, item_id="mats", now=NO_PROMOTION))
    assert (part.case, part.facts["price"]) == ("price", "558元")  # the 汉兰达's, not both cars'
    assert bargain_part(engine.reply("多钱", item_id="mats", now=NO_PROMOTION)).case == "prices"  # none spoken of


@pytest.mark.parametrize(("count", "case", "net"), [
    ("两只", "price_total_off", "298元"),  # 318 − 20: the cut for buying two together
    ("三只", "price_total_terms", None),  # not the count its terms name: the sum as priced, and the terms
])
def test_a_cut_for_buying_so_many_together_is_taken_off_that_many(
        make_engine: Callable[..., Engine], count: str, case: str, net: str | None) -> None:
    pillow = {"id": "pillow", "name": "乳胶枕", "price": 159, "colours": ["波浪款"], "sizes": ["中枕"]}
    promotions = [{"name": "枕头两只立减", "description": "枕头任意两只一起拍立减20元,下单自动减。",
                   "start": "2026-12-01", "end": "2026-12-31"},
                  {"name": "双12满减", "description": "全店满1000减100,结算时自动减。", "start": "2026-12-01",
                   "end": "2026-12-31"}]  # out of the pillows' reach
    engine = make_engine(products=[pillow], promotions=promotions, bargain={"bulk": None})
    part = bargain_part(engine.reply(f"{count}多少钱", item_id="pillow", now=dt.datetime(2026, 12, 8, 10)))
    assert part.case == case and part.facts.get("net") == net


@pytest.mark.parametrize(("text", "case", "net"), [
    ("205/55R16的四条多少钱", "price_total_off", "2476元"),  # 4 reach 买4条及以上立减120元: 2596 − 120
    ("205/55R16的两条多少钱", "price_total_off", "1258元"),  # 2 take the lower tier: 1298 − 40
    ("四条多少钱", "prices_total_off", None),  # no size said: what four of each come to, the cut taken
])
def test_a_cut_by_tiers_of_how_many_are_bought_takes_the_highest_tier_reached(
        make_engine: Callable[..., Engine], text: str, case: str, net: str | None) -> None:
    tyre = {"id": "tyre", "name": "浩悦4", "price": 649, "colours": ["黑色"], "sizes": ["205/55R16", "225/45R17"],
            "prices": {"225/45R17": 899}}
    terms = "同一订单买2条立减40元,买4条及以上立减120元;可以和店铺满1000减30的券叠加使用。"
    promotions = [{"name": "双12轮胎节", "description": terms, "start": "2026-12-01", "end": "2026-12-12"}]
    engine = make_engine(products=[tyre], promotions=promotions, bargain={"bulk": None})
    part = bargain_part(engine.reply(text, item_id="tyre", now=dt.datetime(2026, 12, 8, 10)))
    assert part.case == case and part.facts.get("net") == net
    if net is None:
        assert "2596元,减完2476元" in part.facts["totals"] and "3596元,减完3476元" in part.facts["totals"]


@pytest.mark.parametrize(("message", "now", "case", "facts"), [
    # a size said without a count beside one said with two, joined by 加: one of it
    ("一斤的加两个半斤的多少钱", NO_PROMOTION, "products_total_bulk", {"prices": "500g 108元、250g×2 118元",
                                                                   "total": "203.4元"}),
    ("两袋半斤加一斤的 多少钱", NO_PROMOTION, "products_total_bulk", {"prices": "250g×2 118元、500g 108元"}),
    # while 第二件半价 and 满199减20 both run: the sum as priced, and the terms that decide what is paid
    ("一斤的加两个半斤的多少钱", dt.datetime(2026, 12, 3, 14), "products_total_terms",
     {"total": "226元", "promotion_name": "牛肉干第二件半价、双十二年货节"}),
    ("500g两袋加250g一袋一共多少", dt.datetime(2026, 12, 3, 14), "products_total_terms",
     {"prices": "500g×2 216元、250g 59元", "total": "275元"}),
    # one of each: the same, the 满199减20 that 167元 does not reach left out of the terms
    ("一袋250g一袋500g一共多少", dt.datetime(2026, 12, 3, 14), "products_total_terms",
     {"total": "167元", "promotion_name": "牛肉干第二件半价"}),
])
def test_sizes_bought_in_counts_are_summed(message: str, now: dt.datetime, case: str, facts: dict[str, str]) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply(message, item_id="jerky", now=now))
    assert part.case == case and {key: part.facts.get(key) for key in facts} == facts


def test_an_occasion_named_while_several_promotions_run_names_every_one_the_named_first() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    part = bargain_part(snacks.reply("双十二有啥活动", item_id="jerky", now=dt.datetime(2026, 12, 3, 10)))
    assert part.facts["promotion_name"] == "双十二年货节、牛肉干第二件半价"  # the jerky's own 第二件半价 too
    assert "第二件半价" in part.text and "满199减20" in part.text


def test_a_cut_whose_terms_name_the_coupon_it_goes_with_is_still_taken_off(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "连衣裙立减", "description": "碎花连衣裙下单立减20元,可以和店铺满150减10的券一起用。",
                   "start": "2026-12-01", "end": "2026-12-12", "products": [DRESS]}]
    part = bargain_part(ask(make_engine(promotions=promotions), "多少钱", now=dt.datetime(2026, 12, 2, 10)))
    assert (part.case, part.facts["price"], part.facts["net"]) == ("price_net_told", "169元", "149元")


def test_a_count_and_a_total_asked_later_are_of_the_variant_priced_before() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    first = snacks.reply("五香味500g多少钱", item_id="jerky", now=NO_PROMOTION)
    between = snacks.reply("今天能发吗", first.conversation, item_id="jerky", now=NO_PROMOTION)
    part = bargain_part(snacks.reply("拍3袋一共多少", between.conversation, item_id="jerky", now=NO_PROMOTION))
    assert (part.facts["price"], part.facts["quantity"]) == ("108元", 3)  # the 500g's, not every size's


def test_an_occasion_named_on_the_last_day_of_one_promotion_tells_the_next_of_it_too(
        make_engine: Callable[..., Engine]) -> None:
    promotions = [
        {"name": "双12预热", "description": "全店满200减20", "start": "2026-11-28", "end": "2026-12-09"},
        {"name": "双12狂欢", "description": "全店满300减50", "start": "2026-12-10", "end": "2026-12-12"},
    ]
    reply = ask(make_engine(promotions=promotions), "双12有什么活动", now=dt.datetime(2026, 12, 9, 23, 30))
    assert [p.case for p in reply.parts][-1] == "promotion_later"
    assert "满200减20" in reply.text and "满300减50" in reply.text and "12月10日" in reply.text


@pytest.mark.parametrize("text", ["双十二有啥活动", "双12有什么优惠"])
def test_an_occasion_that_is_a_promotions_name_tells_every_promotion_running(
        make_engine: Callable[..., Engine], text: str) -> None:
    promotions = [
        {"name": "全店满199减20", "description": "全店满199元减20元,下单自动减。", "start": "2026-11-15",
         "end": "2027-01-31"},
        {"name": "双十二", "description": "12月12日当天每单送收纳袋一个。", "start": "2026-12-12", "end": "2026-12-12"},
    ]
    reply = ask(make_engine(promotions=promotions), text, now=dt.datetime(2026, 12, 12, 10))
    part = bargain_part(reply)
    assert part.facts["promotion_name"] == "双十二、全店满199减20"  # the one named first, and the one beside it
    assert "送收纳袋" in part.text and "满199元减20元" in part.text


@pytest.mark.parametrize(("text", "drafted"), [("优惠券在哪领", True), ("券在哪里拿", True), ("有优惠券吗", False)])
def test_where_a_coupon_is_claimed_is_drafted_for_a_person(make_engine: Callable[..., Engine], text: str,
                                                             drafted: bool) -> None:
    reply = ask(make_engine(), text, now=IN_PROMOTION)
    assert bargain_part(reply).case.startswith("promotions") and "满" in f"{reply.text} {reply.suggestion}"
    assert (reply.mode != "auto") == drafted  # the file says what the coupon is, not where it is claimed


#: What runs beside a shop's 满减 all year or while it lasts and takes nothing off what every buyer pays.
FOR_SOME = [{"name": "会员专享", "description": "免费入会就送20元无门槛券,会员积分1元1分。", "start": "2026-01-01",
             "end": "2026-12-31"},
            {"name": "满赠", "description": "实付满399元送同色发圈,可以和店铺券一起用。", "start": "2026-12-01",
             "end": "2026-12-12"}]


@pytest.mark.parametrize(("running", "net"), [
    ([{"name": "双12狂欢", "description": "全店满150减20,下单自动减,可以和店铺券叠加", "start": "2026-12-01",
       "end": "2026-12-12"}], "149元"),
    ([], None),  # nothing cuts the price: no 到手 sum of a promotion
])
def test_a_members_coupon_and_a_gift_for_spending_do_not_stop_the_sum_of_the_cut_that_runs(
        make_engine: Callable[..., Engine], running: list[dict[str, str]], net: str | None) -> None:
    engine = make_engine(promotions=[*running, *FOR_SOME])
    part = bargain_part(engine.reply("到手多少", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10)))
    assert part.facts.get("net") == net  # 169 − 20; 149 is short of the 满199减10 coupon
    if net is None:
        assert part.case.startswith("price_promotions")  # the terms told, none summed


def test_one_of_each_of_one_price_at_second_half_is_summed(make_engine: Callable[..., Engine]) -> None:
    promotions = [{"name": "连衣裙第二件半价", "description": "任选两件,第二件半价,下单自动算。", "start": "2026-12-01",
                   "end": "2026-12-12"}, *FOR_SOME]
    engine = make_engine(promotions=promotions, bargain={"bulk": None})
    reply = engine.reply("米白S和黑色M各一件多少钱", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10))
    part = bargain_part(reply)
    assert (part.case, part.facts["total"], part.facts["net"], part.facts["promotion_name"]) == (
        "products_total_off", "338元", "253.5元", "连衣裙第二件半价")


def test_a_count_after_asking_for_less_of_one_price_is_what_they_come_to_with_the_coupon(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(promotions=FOR_SOME, bargain={"bulk": None})
    first = engine.reply("能便宜点吗", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10))
    part = bargain_part(engine.reply("那我买两件呢", first.conversation, item_id="dress-floral",
                                     now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["total"], part.facts["net"]) == ("price_total_coupon", "338元", "328元")
    assert_says(engine.reply("两件有优惠吗", item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10)), "199")


def test_a_variants_price_while_two_cuts_run_for_it_names_them(make_engine: Callable[..., Engine]) -> None:
    fryer = {"id": "fryer", "name": "空气炸锅", "price": 299, "colours": ["白色", "墨绿"], "sizes": ["4.5L", "6L"],
             "prices": {"6L": 369}}
    promotions = [{"name": "年终直降", "description": "空气炸锅两个容量都直降30元,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["fryer"]},
                  {"name": "国家补贴", "description": "到手再减15%,每件最高减500元;要先领资格。", "start": "2026-10-01",
                   "end": "2026-12-31", "products": ["fryer"]}]
    engine = make_engine(products=[fryer], promotions=promotions)
    part = bargain_part(engine.reply("墨绿6L多少钱", item_id="fryer", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["price"], part.facts["promotion_name"]) == (
        "price_promotions", "369元", "年终直降、国家补贴")  # not 369元 alone: which goes with which, the terms say


TEA = {"id": "tea", "name": "龙井", "price": 398, "colours": ["一级"], "sizes": ["100g", "250g"],
       "prices": {"100g": 168}}
TEA_CUT = [{"name": "茶友节", "description": "全店满150减20,下单自动减。", "start": "2026-12-01", "end": "2026-12-12"}]


@pytest.mark.parametrize(("first", "case", "said"), [
    ("250g到手多少", "price_net_told", "到手148元"),  # what it comes to, asked again of the other size
    ("250g多少钱", "price_promotions", "满150减20"),  # the price asked again: the price and the terms
])
def test_a_variant_said_after_what_one_comes_to_asks_the_same_of_it(
        make_engine: Callable[..., Engine], first: str, case: str, said: str) -> None:
    engine = make_engine(products=[TEA], promotions=TEA_CUT, bargain={"coupon": None})
    now = dt.datetime(2026, 12, 3, 10)
    told = engine.reply(first, item_id="tea", now=now)
    part = bargain_part(engine.reply("那100g的呢", told.conversation, item_id="tea", now=now))
    assert (part.case, part.facts["price"]) == (case, "168元") and said in part.text


def test_the_price_asked_with_less_is_told_before_the_hold(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[TEA], promotions=[], bargain={"coupon": None, "bulk": None})
    now = dt.datetime(2026, 12, 3, 10)
    held = engine.reply("250g多少钱 能便宜点不", item_id="tea", now=now)
    part = bargain_part(held)
    assert (part.case, part.facts["product"], part.facts["price"]) == ("hold_price", "250g", "398元")
    then = bargain_part(engine.reply("拍两盒呢", held.conversation, item_id="tea", now=now))
    assert (then.case, then.facts["total"]) == ("price_total", "796元")  # two of the one just priced


@pytest.mark.parametrize("text", ["100g和250g分别多少", "100g 250g各多少"])
def test_each_variants_price_asked_with_a_bare_how_much_is_told(make_engine: Callable[..., Engine], text: str) -> None:
    engine = make_engine(products=[TEA], promotions=[])
    reply = engine.reply(text, item_id="tea", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert (reply.intents[0], part.facts["prices"]) == ("bargain", "100g 168元、250g 398元")


def test_a_word_of_the_products_own_name_names_no_fact_of_a_promotion(make_engine: Callable[..., Engine]) -> None:
    """「买的充电宝降价了 能保价吗」: 充电 of 充电宝 names the product, not its 充电 fact that a
    promotion called 充电宝直降 happens to share."""
    bank = {"id": "bank", "name": "快充充电宝", "aliases": ["充电宝"], "price": 99, "colours": ["白色"],
            "sizes": ["10000mAh"], "attributes": {"充电": "用20W充电器约3小时充满"}}
    promotions = [{"name": "充电宝直降", "description": "充电宝直降20元", "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[bank], promotions=promotions, bargain={"price_protection_days": 30})
    part = engine.reply("我11月20号买的充电宝 现在降价了 能保价吗", item_id="bank",
                        now=dt.datetime(2026, 12, 3, 14)).parts[0]
    assert (part.case, part.facts["days"]) == ("price_protection_within", 30)


def test_a_product_whose_text_opts_out_of_the_promotion_and_coupon_is_offered_neither(
        make_engine: Callable[..., Engine], shop: Shop) -> None:
    dress = shop.product(DRESS)
    assert dress is not None
    clearance = dress.model_dump() | {"selling_points": "清仓款,不参加双十二预热,不能用店铺券。"}
    others = [p.model_dump() for p in shop.products if p.id != DRESS]
    engine = make_engine(products=[clearance, *others])
    reply = engine.reply("能便宜点吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    said = reply.text + reply.suggestion
    assert reply.intents[0] == "bargain" and "满299减30" not in said and "10元" not in said
    plain = make_engine().reply("能便宜点吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    assert "满299减30" in plain.text + plain.suggestion  # (the dress as sold takes part)


@pytest.mark.parametrize("text", ["米白色S码的碎花连衣裙多少钱", "200x230的冬被多少钱"])
def test_a_price_asked_after_a_long_naming_of_what_is_still_the_price(make_engine: Callable[..., Engine],
                                                                       text: str) -> None:
    quilt = {"id": "quilt", "name": "长绒棉花被", "price": 299, "colours": ["春秋被", "冬被"],
             "sizes": ["200x230cm"], "prices": {"冬被": 399}, "stock": {"春秋被": {"200x230cm": 9},
                                                                      "冬被": {"200x230cm": 3}}}
    engine = make_engine(products=[*make_engine().shop.model_dump()["products"], quilt])
    item, price = ("quilt", "399元") if "冬被" in text else ("dress-floral", "169元")
    reply = engine.reply(text, item_id=item, now=NO_PROMOTION)
    assert reply.intents[0] == "bargain" and bargain_part(reply).facts["price"] == price


def test_a_count_beside_a_name_that_is_one_of_its_sizes_is_that_size(make_engine: Callable[..., Engine]) -> None:
    """「连衣裙加湿巾3包一共多少」 of wipes sold in 1包 and 3包: the 3包 at 34.9, not three 1包 at 38.7."""
    wipes = {"id": "wipes", "name": "手口湿巾", "aliases": ["湿巾"], "price": 12.9, "colours": ["带盖"],
             "sizes": ["1包", "3包"], "prices": {"3包": 34.9}}
    engine = make_engine(products=[*make_engine().shop.model_dump()["products"], wipes], promotions=[])
    part = bargain_part(engine.reply("碎花裙加湿巾3包一共多少", now=NO_PROMOTION))
    assert part.case.startswith("products_total")  # (two pieces: the shop's 95折 for two too)
    assert part.facts["prices"] == "法式碎花长袖连衣裙 169元、手口湿巾 3包 34.9元"


def test_whether_a_sales_days_promotion_starts_tomorrow_names_the_one_to_come(
        make_engine: Callable[..., Engine]) -> None:
    """「双十二活动是明天开始吗」 on the last day of 双十二预热: 双十二狂欢 from the 10th, and the warm-up
    until today."""
    promotions = [{"name": "双十二预热", "description": "全店满299减30", "start": "2026-12-01", "end": "2026-12-09"},
                  {"name": "双十二狂欢", "description": "全店满399减60", "start": "2026-12-10", "end": "2026-12-12"}]
    reply = make_engine(promotions=promotions).reply("双十二活动是明天开始吗", item_id=DRESS,
                                                      now=dt.datetime(2026, 12, 9, 16))
    later, until = reply.parts[0], reply.parts[1]
    assert (later.case, later.facts["promotion_name"], later.facts["start"]) == ("promotion_later", "双十二狂欢",
                                                                                 "12月10日")
    assert (until.case, until.facts["promotion_name"]) == ("promotion_until", "双十二预热")


def test_two_at_second_half_price_beside_a_rate_for_two_are_told_both_sums(make_engine: Callable[..., Engine]) -> None:
    """「买两件多少钱」 while 第二件半价 runs and the shop gives 2件95折: each sum, the system settles which."""
    promotions = [{"name": "第二件半价", "description": "拍两件,价格低的那件半价", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    part = bargain_part(make_engine(promotions=promotions).reply("买两件多少钱", item_id="tee-basic",
                                                                 now=dt.datetime(2026, 12, 3, 10)))
    assert part.case == "price_total_halved_bulk"
    assert (part.facts["total"], part.facts["net"], part.facts["bulk_total"]) == ("118元", "88.5元", "112.1元")


def test_a_count_of_the_half_named_before_keeps_the_other_half_told(make_engine: Callable[..., Engine]) -> None:
    """「整箱M多少钱」 … 「买两箱多少钱」: two 整箱 of the M told, not every size's 整箱 price."""
    diaper = {"id": "diaper", "name": "纸尿裤", "price": 89, "colours": ["单包", "整箱"], "sizes": ["M", "L"],
              "variant_aliases": {"整箱": ["一箱", "箱"]},
              "prices": {"单包 M": 89, "单包 L": 95, "整箱 M": 339, "整箱 L": 359}}
    engine = make_engine(products=[diaper], promotions=[], bargain={"coupon": None, "bulk": None})
    first = engine.reply("整箱M多少钱", item_id="diaper", now=NO_PROMOTION)
    assert bargain_part(first).facts["price"] == "339元"
    then = bargain_part(engine.reply("买两箱多少钱", first.conversation, item_id="diaper", now=NO_PROMOTION))
    assert (then.case, then.facts["total"]) == ("price_total", "678元")


def test_a_promotion_named_by_the_start_of_its_name_is_that_one(make_engine: Callable[..., Engine]) -> None:
    """「88vip能叠加吗」 of 88VIP专享, whose terms say 可以和店铺券、店铺满减叠加: those terms."""
    promotions = [{"name": "88VIP专享", "description": "88VIP会员全店95折,可以和店铺券、店铺满减叠加。",
                   "start": "2026-12-01", "end": "2026-12-12"},
                  {"name": "双12店铺满减", "description": "全店满399减40,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    assert engine.read("能用88vip吗", item_id=DRESS)[0].entities.promotions == ("88VIP专享",)
    part = bargain_part(engine.reply("88vip能叠加吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["note"]) == ("stacking", "可以和店铺券、店铺满减叠加")


@pytest.mark.parametrize("text", ["加入会员有啥好处", "会员有什么福利", "入会送券吗"])
def test_a_promotion_named_by_its_word_after_the_shops_own_is_that_one(make_engine: Callable[..., Engine],
                                                                       text: str) -> None:
    """「加入会员有啥好处」 of 店铺会员福利 (店铺 says only whose): its terms, not every promotion's."""
    promotions = [{"name": "店铺会员福利", "description": "免费加入店铺会员送10元无门槛券,每人一张。",
                   "start": "2026-12-01", "end": "2026-12-31"},
                  {"name": "双12店铺满减", "description": "全店满399减40,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    part = bargain_part(reply)
    assert part.facts["promotion_name"] == "店铺会员福利"
    assert "10元无门槛券" in part.text and "满399减40" not in part.text


@pytest.mark.parametrize(("text", "case"), [("240多少钱 送奶嘴不", "price"), ("240的带奶嘴吗 多少钱", "price"),
                                            ("240加一个奶嘴多少钱", "products_total")])
def test_a_product_named_as_what_comes_with_it_is_not_bought_too(make_engine: Callable[..., Engine], text: str,
                                                                  case: str) -> None:
    """「240多少钱 送奶嘴不」: whether a nipple comes with the bottle, not a bottle and nipples summed."""
    bottle = {"id": "bottle", "name": "宽口径奶瓶", "aliases": ["奶瓶"], "price": 99, "colours": ["奶油白", "雾霾蓝"],
              "sizes": ["160ml", "240ml"], "variant_aliases": {"160ml": ["160"], "240ml": ["240"]},
              "prices": {"160ml": 99, "240ml": 109}}
    nipple = {"id": "nipple", "name": "硅胶奶嘴", "aliases": ["奶嘴"], "price": 39, "colours": ["M号"],
              "sizes": ["2只装"]}
    engine = make_engine(products=[bottle, nipple], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="bottle", now=NO_PROMOTION))
    assert part.case == case


@pytest.mark.parametrize(("text", "case"), [
    ("现在买会不会亏", "price_protection"), ("怕买早了", "price_protection"),
    ("双12会不会更便宜 现在买会不会亏", "wait_covered"),  # whether to wait: the 双十二预热 running now, and the days
])
def test_fearing_a_later_drop_is_asking_of_the_price_protection(make_engine: Callable[..., Engine], text: str,
                                                                case: str) -> None:
    engine = make_engine(bargain={"price_protection_days": 15})
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 3, 16))
    assert reply.intents[0] == "bargain"
    part = bargain_part(reply)
    assert (part.case, part.facts["days"]) == (case, 15)


@pytest.mark.parametrize(("text", "prices"), [
    ("连衣裙M码多少钱", "法式碎花长袖连衣裙 M 169元、修身针织长袖连衣裙 M 199元"),  # the category named, in M
    ("连衣裙多少钱", "法式碎花长袖连衣裙 169元、修身针织长袖连衣裙 199元"),
])
def test_a_price_of_a_category_asked_with_no_page_lists_that_categorys(engine: Engine, text: str, prices: str) -> None:
    part = bargain_part(engine.reply(text, now=NO_PROMOTION))
    assert (part.case, part.facts["prices"]) == ("shop_prices", prices)


@pytest.mark.parametrize(("lightning_2m", "case"), [(59, "prices_gap"), (69, "prices_gap_each")])
def test_a_gap_between_two_sizes_the_same_in_every_style_is_told(make_engine: Callable[..., Engine],
                                                                  lightning_2m: float, case: str) -> None:
    """「1米和2米差多少钱」 of cables in two plugs: 10元 where it is 10元 in both; each gap where it differs."""
    cable = {"id": "cable", "name": "快充数据线", "price": 29, "colours": ["Type-C", "Lightning"],
             "sizes": ["1m", "2m"],
             "variant_aliases": {"1m": ["1米"], "2m": ["2米"]},
             "prices": {"2m": 39, "Lightning 1m": 49, "Lightning 2m": lightning_2m}}
    part = bargain_part(make_engine(products=[cable], promotions=[]).reply("1米和2米差多少钱", item_id="cable",
                                                                           now=NO_PROMOTION))
    assert part.case == case
    if case == "prices_gap":
        assert (part.facts["dearer"], part.facts["gap"]) == ("2m", "10元")
    else:
        assert (part.facts["dearer"], part.facts["gaps"]) == ("2m", "Type-C贵10元、Lightning贵20元")


@pytest.mark.parametrize(("shop_wide", "case", "net"), [
    ([], "products_total_cut", "958元"),  # 599 + 459, each cut 50
    ([{"name": "双12满减", "description": "全店满900减60,下单自动减。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_cut", "898元"),  # what is paid after the cuts reaches 900: 60 more off
    ([{"name": "双12满减", "description": "全店满1000减100。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_cut", "958元"),  # 958 paid falls short of 1000: the cuts alone
    ([{"name": "双12满减", "description": "全店满399减40、满699减80。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_cut", "878元"),  # tiers: the highest the 958元 paid reaches, 80 off
    ([{"name": "双12满减", "description": "全店每满300减40。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_cut", "838元"),  # 每满300减40 on the 958元 paid: three times, 120 off
    ([{"name": "双12满减", "description": "全店每满300减40,最多减80。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_terms", None),  # a cap the file states: the sum and every term, for the checkout
])
def test_products_bought_together_are_summed_after_a_cut_of_their_own(
        make_engine: Callable[..., Engine], shop_wide: list[dict[str, str]], case: str, net: str | None) -> None:
    """「帐篷加一个睡袋一起多少钱」 while 帐篷睡袋立减 (每件立减50元) runs for those two: 958元, not 1058元."""
    tent = {"id": "tent", "name": "双人帐篷", "aliases": ["帐篷"], "price": 599, "colours": ["绿色"], "sizes": ["2人"]}
    bag = {"id": "bag", "name": "羽绒睡袋", "aliases": ["睡袋"], "price": 459, "colours": ["红色"], "sizes": ["800g"]}
    cut = {"name": "帐篷睡袋立减", "description": "帐篷和睡袋每件下单立减50元,付款时自动减。", "start": "2026-12-01",
           "end": "2026-12-09", "products": ["tent", "bag"]}
    engine = make_engine(products=[tent, bag], promotions=[cut, *shop_wide], bargain={"coupon": None, "bulk": None})
    part = bargain_part(engine.reply("帐篷加一个睡袋一起多少钱", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == (case, "1058元")
    if net is not None:
        assert part.facts["net"] == net and "帐篷睡袋立减" in str(part.facts["promotion_name"])


@pytest.mark.parametrize(("text", "case", "day"), [
    ("我现在买 双12降价了能保价吗", "price_protection_short", "双12(12月12日)"),  # 7 days from 12-03: to 12-10
    ("现在拍的话 元旦降价能补差价吗", "price_protection_short", "元旦(1月1日)"),
    ("今天拍 周六降价能保价吗", "price_protection", None),  # within the 7 days: the days, as before
    ("双12降价了能保价吗", "price_protection", None),  # not said to be bought now: the rule
])
def test_a_day_past_the_price_protection_of_buying_now_is_said_to_be_past_it(
        make_engine: Callable[..., Engine], text: str, case: str, day: str | None) -> None:
    engine = make_engine(bargain={"price_protection_days": 7})
    part = bargain_part(engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 3, 14, 40)))
    assert part.case == case
    if day is not None:
        assert (part.facts["day"], part.facts["until"]) == (day, "12月10日")


@pytest.mark.parametrize(("text", "case", "net"), [("拍两条多少钱", "price_total_off", "318元"),
                                                   ("拍三条多少钱", "price_total_off", "457元")])
def test_tiers_of_a_spend_off_take_the_highest_tier_reached(make_engine: Callable[..., Engine], text: str, case: str,
                                                           net: str) -> None:
    """满200减20,满400减50: two at 169元 (338元) reach 200 (20 off), three (507元) reach 400 (50 off)."""
    necklace = {"id": "necklace", "name": "四叶草项链", "price": 169, "colours": ["银色"], "sizes": ["45cm"]}
    tiers = {"name": "双12银饰节", "description": "全店满200减20,满400减50,下单自动减。", "start": "2026-12-01",
             "end": "2026-12-12"}
    engine = make_engine(products=[necklace], promotions=[tiers], bargain={"coupon": None, "bulk": None})
    part = bargain_part(engine.reply(text, item_id="necklace", now=dt.datetime(2026, 12, 3, 20)))
    assert (part.case, part.facts["net"]) == (case, net)


@pytest.mark.parametrize(("coupon", "case", "net"), [
    ({"amount": 10, "min_spend": 150}, "price_net_short_coupon", "159元"),
    (None, "price_net_short", None),
])
def test_the_coupon_one_reaches_comes_off_though_the_spend_off_is_not_reached(
        make_engine: Callable[..., Engine], coupon: dict[str, int] | None, case: str, net: str | None) -> None:
    """「到手多少」 of a 169元 necklace during 满200减20, the shop's 满150减10 coupon beside it: 159元 (31元 short)."""
    necklace = {"id": "necklace", "name": "四叶草项链", "price": 169, "colours": ["银色"], "sizes": ["45cm"]}
    spend = {"name": "双12银饰节", "description": "全店满200减20,下单自动减。", "start": "2026-12-01",
             "end": "2026-12-12"}
    engine = make_engine(products=[necklace], promotions=[spend], bargain={"coupon": coupon, "bulk": None})
    part = bargain_part(engine.reply("买一条到手多少", item_id="necklace", now=dt.datetime(2026, 12, 3, 20)))
    assert (part.case, part.facts["short"]) == (case, "31元")
    assert net is None or part.facts["net"] == net


@pytest.mark.parametrize(("now", "case"), [(dt.datetime(2026, 12, 13, 10), "price_rose"),
                                           (dt.datetime(2026, 12, 25, 10), "price_rose_unknown")])
def test_a_price_said_to_have_risen_names_the_promotion_that_just_ended(make_engine: Callable[..., Engine],
                                                                        now: dt.datetime, case: str) -> None:
    """「昨天还便宜200 今天怎么就涨了」 on 12-13 after 双12直降 (to 12-12): that promotion ended, not 「已经很实在了」;
    with none ended lately, a person looks."""
    cut = {"name": "双12直降", "description": "全店直降200元。", "start": "2026-12-01", "end": "2026-12-12"}
    engine = make_engine(promotions=[cut])
    part = bargain_part(engine.reply("昨天还便宜200 今天怎么就涨了", item_id=DRESS, now=now))
    assert part.case == case
    assert case != "price_rose" or (part.facts["promotion_name"], part.facts["end"]) == ("双12直降", "12月12日")


def test_what_each_style_of_the_size_named_comes_to_after_a_plain_spend_off(make_engine: Callable[..., Engine]) -> None:
    """「一箱到手多少」 of 整箱 in 普通装 and 礼盒装 during 满1000减100 that goes with the 满500减30 coupon."""
    baijiu = {"id": "baijiu", "name": "酱香白酒", "price": 398, "colours": ["普通装", "礼盒装"],
              "sizes": ["单瓶", "整箱"], "variant_aliases": {"整箱": ["一箱"]},
              "prices": {"整箱": 2188, "礼盒装 单瓶": 438, "礼盒装 整箱": 2388}}
    promotions = [{"name": "双12酒水节", "description": "全店满1000减100,可以和店铺券一起用。",
                   "start": "2026-12-10", "end": "2026-12-12"}]
    engine = make_engine(products=[baijiu], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 30, "min_spend": 500}})
    part = part_of(engine.reply("一箱到手多少", item_id="baijiu", now=dt.datetime(2026, 12, 12, 10)), "bargain")
    assert (part.case, part.facts["prices"]) == ("prices_terms",
                                                 "普通装 整箱 2188元到手2058元、礼盒装 整箱 2388元到手2258元")
    plain = part_of(engine.reply("一箱多少钱", item_id="baijiu", now=dt.datetime(2026, 12, 12, 10)), "bargain")
    assert plain.facts["prices"] == "普通装 整箱 2188元、礼盒装 整箱 2388元"  # the price asked: the prices


@pytest.mark.parametrize(("text", "case", "extra"), [
    ("刻15个字要加钱吗", "characters_extra", "14元"),  # 7 past the 8 included, 2元 each
    ("刻5个字加钱吗", "characters_free", None),
    ("刻10个字加多少钱", "characters_extra", "4元"),  # (10个字 is no count of pens at the rate for many)
    ("想刻20个字", "characters_past", None),  # past the most: a person
])
def test_characters_to_engrave_are_priced_by_the_products_terms(make_engine: Callable[..., Engine], text: str,
                                                                case: str, extra: str | None) -> None:
    pen = {"id": "pen", "name": "定制钢笔", "price": 168, "colours": ["黑金"], "sizes": ["F尖"],
           "attributes": {"刻字": "免费刻8个字以内,超过8个字每多一个字加2元,最多15个字"}}
    engine = make_engine(products=[pen], promotions=[], bargain={"bulk": {"min_items": 10, "rate": 0.9}})
    reply = engine.reply(text, item_id="pen", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert (part.case, part.facts.get("extra")) == (case, extra)
    if case == "characters_past":
        assert reply.mode == "handoff"  # past the most: a person, whatever the score


@pytest.mark.parametrize(("then", "total"), [("再加个钱包呢", "517元"), ("再加一个钱包多少", "517元"),
                                           ("那加两个钱包呢", "606元")])  # 329 + 99 + 89 (× 2)
def test_a_product_added_after_a_sum_of_products_is_summed_with_them(make_engine: Callable[..., Engine],
                                                                     then: str, total: str) -> None:
    bag = {"id": "bag", "name": "双肩包", "price": 329, "colours": ["黑色"], "sizes": ["标准款"]}
    belt = {"id": "belt", "name": "皮带", "price": 99, "colours": ["黑色"], "sizes": ["标准款"]}
    wallet = {"id": "wallet", "name": "钱包", "price": 89, "colours": ["黑色"], "sizes": ["短款"]}
    engine = make_engine(products=[bag, belt, wallet], promotions=[], bargain={"bulk": None, "coupon": None})
    first = engine.reply("双肩包和皮带一起多少钱", now=dt.datetime(2026, 12, 15, 9))
    assert (part_of(first, "bargain").case, part_of(first, "bargain").facts["total"]) == ("products_total", "428元")
    part = part_of(engine.reply(then, first.conversation, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total", total)


@pytest.mark.parametrize(("text", "total"), [
    ("蜜桔大果10斤加脐橙中果10斤一共多少", "129.8元"),  # 59.9 + 69.9: each product its own variant
    ("蜜桔中果10斤加脐橙大果5斤一共多少", "99.8元"),  # 49.9 + 49.9 (not the 中果 10斤 of the first)
    ("大果蜜桔10斤和中果脐橙5斤多少钱", "99.8元"),  # the variant said before each name: 59.9 + 39.9
])
def test_products_together_each_take_the_variants_said_in_their_own_part_of_the_line(
        make_engine: Callable[..., Engine], text: str, total: str) -> None:
    def fruit(pid: str, name: str, prices: dict[str, float]) -> dict[str, object]:
        return {"id": pid, "name": name, "price": prices["中果 5斤"], "colours": ["中果", "大果"],
                "sizes": ["5斤", "10斤"], "prices": prices}
    mandarin = fruit("mandarin", "蜜桔", {"中果 5斤": 29.9, "中果 10斤": 49.9, "大果 5斤": 35.9, "大果 10斤": 59.9})
    orange = fruit("orange", "脐橙", {"中果 5斤": 39.9, "中果 10斤": 69.9, "大果 5斤": 49.9, "大果 10斤": 89.9})
    engine = make_engine(products=[mandarin, orange], promotions=[], bargain={"bulk": None, "coupon": None})
    part = part_of(engine.reply(text, now=dt.datetime(2026, 12, 15, 9)), "bargain")
    assert (part.case, part.facts["total"]) == ("products_total", total)


_GLASSES_FRAME = {"id": "frame", "name": "纯钛方框眼镜架", "aliases": ["钛框"], "category": "镜框",
                  "price": 298, "colours": ["银色"], "sizes": ["52码"]}
_GLASSES_LENS = {"id": "lens", "name": "非球面树脂镜片", "aliases": ["镜片", "防蓝光镜片"], "category": "镜片",
                 "price": 199, "colours": ["普通膜", "防蓝光"], "sizes": ["1.60", "1.67"],
                 "prices": {"1.60": 199, "1.67": 399, "防蓝光 1.60": 279, "防蓝光 1.67": 479},
                 "attributes": {"镜框": "镜片可以配本店任意一款镜框"}}


@pytest.mark.parametrize(("promotions", "case", "total"), [
    ([], "products_total", "577元"),  # 298 + 279: 防蓝光 said inside 防蓝光镜片, 镜框 the page's goods
    ([{"name": "配镜节", "description": "镜框加镜片一起拍立减30元。", "start": "2026-12-01", "end": "2026-12-12"}],
     "products_total_cut", "577元"),  # 30元 off the two bought together, once: 547元
])
def test_a_frame_and_a_lens_named_by_its_variant_are_summed(make_engine: Callable[..., Engine],
                                                             promotions: list[dict[str, str]], case: str,
                                                             total: str) -> None:
    engine = make_engine(products=[_GLASSES_FRAME, _GLASSES_LENS], promotions=promotions,
                         bargain={"bulk": None, "coupon": None})
    reply = engine.reply("镜框加1.60防蓝光镜片一共多少钱", item_id="frame", now=dt.datetime(2026, 12, 3, 14))
    assert reply.intents == ("bargain",)  # not the lens's fact called 镜框
    part = bargain_part(reply)
    assert (part.case, part.facts["total"]) == (case, total)
    assert "防蓝光 1.60 279元" in part.text
    assert part.facts.get("net") == ("547元" if promotions else None)


@pytest.mark.parametrize(("text", "item", "total"), [
    ("这个框加1.60防蓝光镜片一共多少钱", "frame", "577元"),  # 298 + 279, not the bundle's 1.60防蓝光 and the lens
    ("镜框加1.67防蓝光镜片多少钱", "frame", "777元"),  # 298 + 479
])
def test_a_bundles_size_said_before_a_lens_named_is_the_lenss_variant(
        make_engine: Callable[..., Engine], text: str, item: str, total: str) -> None:
    lens = {**_GLASSES_LENS, "aliases": ["镜片"]}
    bundle = {"id": "bundle", "name": "钛框防蓝光配镜套餐", "aliases": ["套餐"], "category": "配镜套餐", "price": 359,
              "colours": ["银色"], "sizes": ["1.60防蓝光", "1.67防蓝光"], "prices": {"1.67防蓝光": 559}}
    engine = make_engine(products=[_GLASSES_FRAME, lens, bundle], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id=item, now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("products_total", total)
    assert "纯钛方框眼镜架 298元" in part.text and "套餐" not in part.text


@pytest.mark.parametrize("turns", [
    ["1.60的多少", "用券的话到手多少"],
    ["1.60的多少", "双12有啥活动", "用券的话到手多少"],  # the deals asked in between: still the 1.60 priced
])
def test_what_the_variant_just_priced_comes_to_with_the_coupon_is_worked_out(
        make_engine: Callable[..., Engine], turns: list[str]) -> None:
    bundle = {"id": "bundle", "name": "配镜套餐", "price": 199, "colours": ["亮黑"],
              "sizes": ["1.56防蓝光", "1.60防蓝光", "1.67防蓝光"], "prices": {"1.60防蓝光": 259, "1.67防蓝光": 429}}
    promotions = [{"name": "双12配镜节", "description": "全店满300减30,可以和店铺券一起用。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[bundle], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 20, "min_spend": 199}})
    conversation: Conversation | None = None
    for text in turns:
        reply = engine.reply(text, conversation, item_id="bundle", now=dt.datetime(2026, 12, 7, 10))
        conversation = reply.conversation
    part = bargain_part(reply)
    assert (part.case, part.facts["net"], part.facts["short"]) == ("price_net_short_coupon", "239元", "41元")
    assert "429元" not in part.text  # the 1.60 asked about, not every lens


def test_a_variant_said_inside_the_name_a_product_is_called_by_is_the_one_priced(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_GLASSES_FRAME, _GLASSES_LENS], promotions=[],
                         bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("防蓝光镜片多少钱", item_id="lens", now=dt.datetime(2026, 12, 3, 14)))
    assert "279元" in part.text and "479元" in part.text and "199元" not in part.text


_GLASSES_DEAL = [{"name": "配镜节", "description": "镜框加镜片一起拍立减30元。", "start": "2026-12-01",
                  "end": "2026-12-12"}]


@pytest.mark.parametrize(("text", "promotions", "case", "totals"), [
    # 1.67 is the lens's alone: the frame and the lens in each 1.67 (298 + 399, 298 + 479)
    ("那配1.67多少钱一共", [], "products_total_each", "普通膜 1.67 697元、防蓝光 1.67 777元"),
    ("那配1.67多少钱一共", _GLASSES_DEAL, "products_total_each_terms", "普通膜 1.67 697元、防蓝光 1.67 777元"),
    ("这个框加镜片一共多少钱", [], "products_total_each", "497-777元"),  # 这个: the frame; the lens open
])
def test_the_pages_goods_and_a_lens_added_by_its_variant_or_name_are_summed(
        make_engine: Callable[..., Engine], text: str, promotions: list[dict[str, str]], case: str,
        totals: str) -> None:
    engine = make_engine(products=[_GLASSES_FRAME, _GLASSES_LENS], promotions=promotions,
                         bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="frame", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["totals"]) == (case, totals)


@pytest.mark.parametrize(("text", "total"), [
    ("买一副20kg的多少钱", "1398元"),  # 一副 is two of what is priced 单只: 699 × 2
    ("两副10kg多少钱", "1596元"),  # 399 × 4
    ("20kg两只多少钱", "1398元"),
])
def test_a_count_in_a_unit_the_product_says_holds_two_is_two_each(make_engine: Callable[..., Engine], text: str,
                                                                   total: str) -> None:
    dumbbell = {"id": "dumbbell", "name": "可调节哑铃", "price": 399, "colours": ["黑色"], "sizes": ["10kg", "20kg"],
                "prices": {"10kg": 399, "20kg": 699}, "attributes": {"规格说明": "标价是单只的价格,一副两只请拍2件"}}
    engine = make_engine(products=[dumbbell], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="dumbbell", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("price_total", total)


def test_the_price_asked_beside_a_charge_a_fact_states_is_told_with_it(make_engine: Callable[..., Engine]) -> None:
    """「11朵多少钱 外环外送要加钱吗」 of flowers whose 配送范围 says 外环以外加收30元: the price, then that fact."""
    roses = {"id": "roses", "name": "玫瑰花束", "price": 168, "colours": ["红玫瑰"], "sizes": ["11枝", "19枝"],
             "prices": {"19枝": 258}, "attributes": {"配送范围": "外环以内免费配送,外环以外加收30元配送费"}}
    engine = make_engine(products=[roses], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply("11朵多少钱 外环外送要加钱吗", item_id="roses", now=dt.datetime(2026, 12, 3, 14))
    assert [p.case for p in reply.parts] == ["price", "part_price"] and "168元" in reply.text and "30元" in reply.text


def test_pairs_of_goods_whose_words_only_say_a_pair_is_two_are_that_many_pairs(
        make_engine: Callable[..., Engine]) -> None:
    """Earrings priced by the pair whose 个数 says 拍一对是两只: 「买两对多少钱」 is 2 × 29, not four."""
    clips = {"id": "clips", "name": "无耳洞耳夹", "price": 29, "colours": ["金色"], "sizes": ["一对", "单只"],
             "prices": {"单只": 16}, "attributes": {"个数": "拍一对是两只,拍单只只有一只"}}
    engine = make_engine(products=[clips], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("金色的买两对多少钱", item_id="clips", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("price_total", "58元")


def test_sets_of_a_product_sold_as_a_set_of_so_many_are_that_many_sets(make_engine: Callable[..., Engine]) -> None:
    """品茗杯六只装 whose 内含 says 一套6只杯子: 「两套多少钱」 is two sets (2 × 198), not twelve."""
    cups = {"id": "cups", "name": "品茗杯六只装", "price": 198, "colours": ["汝窑"], "sizes": ["六只装"],
            "attributes": {"内含": "一套6只杯子,不带托盘"}}
    engine = make_engine(products=[cups], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("两套多少钱", item_id="cups", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["quantity"], part.facts["total"]) == ("price_total", 2, "396元")


@pytest.mark.parametrize(("text", "price"), [
    ("1.60的多少一副", "199元"),  # a price per unit, without 钱
    ("1.67一副多少", "399元"),
])
def test_a_price_asked_per_unit_without_money_is_the_price(make_engine: Callable[..., Engine], text: str,
                                                           price: str) -> None:
    engine = make_engine(products=[_GLASSES_FRAME, _GLASSES_LENS], promotions=[],
                         bargain={"bulk": None, "coupon": None})
    reply = engine.reply(text, item_id="lens", now=dt.datetime(2026, 12, 3, 14))
    assert reply.intents[0] == "bargain" and price in f"{reply.text} {reply.suggestion}"
    assert "bargain" not in engine.reply("一盒多少片", item_id="lens", now=dt.datetime(2026, 12, 3, 14)).intents


@pytest.mark.parametrize("text", ["是一对的价格吗", "这个价是一副还是一只"])
def test_what_the_price_is_of_is_told_by_the_products_own_words(make_engine: Callable[..., Engine], text: str) -> None:
    dumbbell = {"id": "dumbbell", "name": "可调节哑铃", "price": 399, "colours": ["黑色"], "sizes": ["10kg"],
                "attributes": {"规格说明": "标价是单只的价格,一副两只请拍2件"}}
    engine = make_engine(products=[dumbbell], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply(text, item_id="dumbbell", now=dt.datetime(2026, 12, 3, 14))
    assert "标价是单只的价格" in f"{reply.text} {reply.suggestion}"
    if reply.intents[0] == "bargain":  # (told first as bargaining's priced_by: the price goes on)
        then = engine.reply("那10kg的呢", reply.conversation, item_id="dumbbell", now=dt.datetime(2026, 12, 3, 14))
        assert bargain_part(then).facts.get("price") == "399元"


@pytest.mark.parametrize(("then", "case"), [
    ("我在成都", "promotion_not_there"),
    ("那杭州呢", "promotion_there"),
    ("我是北京的", "promotion_there"),
    ("宁波的", "promotion_not_there"),  # a city of 浙江 the terms do not name
    ("我在浙江", "promotion_places"),  # a province one of whose cities they name: which city, asked
])
def test_a_place_said_after_a_promotion_for_some_places_is_whether_it_holds_there(
        make_engine: Callable[..., Engine], then: str, case: str) -> None:
    promotions = [{"name": "以旧换新", "start": "2026-12-01", "end": "2026-12-31",
                   "description": "旧单车以旧换新,新机再减200元;只限北京、上海、杭州;不能和国补同时用。"}]
    engine = make_engine(promotions=promotions, bargain={"coupon": None})
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("以旧换新怎么弄", item_id=DRESS, now=now)
    part = bargain_part(engine.reply(then, first.conversation, item_id=DRESS, now=now))
    assert (part.case, part.facts["places"]) == (case, "只限北京、上海、杭州")


@pytest.mark.parametrize(("terms", "case"), [
    ("连衣裙拍两件,第二件半价,可以不同颜色不同尺码。", "mix_yes"),
    ("连衣裙拍两件,第二件半价,可以不同色不同码。", "mix_yes"),  # (不同色: no 同色)
    ("连衣裙拍两件,第二件半价,限同款同色。", "mix_no"),
    ("连衣裙拍两件,第二件半价。", "mix_unknown"),  # the terms say nothing of it: a person
    ("连衣裙拍两件第二件半价,颜色可以不同,尺码要一样", "mix_yes"),  # said after what may differ
])
def test_whether_a_promotions_pieces_may_differ_is_what_its_terms_say(make_engine: Callable[..., Engine],
                                                                      terms: str, case: str) -> None:
    promotions = [{"name": "第二件半价", "description": terms, "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions)
    reply = engine.reply("一件黑色一件白色可以吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 14))
    assert bargain_part(reply).case == case
    assert case != "mix_unknown" or reply.mode == "handoff"


@pytest.mark.parametrize(("text", "case"), [("第二件半价 不同颜色可以吗", "mix_yes"),
                                            ("第二件半价 不同尺码可以吗", "mix_no")])
def test_whether_pieces_may_differ_is_the_clause_of_what_is_asked(make_engine: Callable[..., Engine], text: str,
                                                                  case: str) -> None:
    """颜色可以不同,尺码要一样: 「不同尺码可以吗」 is told the 尺码 clause, not the colours' yes."""
    promotions = [{"name": "第二件半价", "description": "拍两件第二件半价,颜色可以不同,尺码要一样",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    part = bargain_part(make_engine(promotions=promotions).reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 3, 14)))
    assert part.case == case


def test_the_shops_gift_named_before_it_is_asked_of_with_a_count_is_the_gift(
        make_engine: Callable[..., Engine]) -> None:
    """「两个抱枕送吗」 of a shop giving 两个同色抱枕: the gift, not the rate for two."""
    engine = make_engine(bargain={"gift": "两个同色抱枕", "bulk": {"min_items": 2, "rate": 0.95}}, promotions=[])
    part = bargain_part(engine.reply("两个抱枕送吗", item_id=DRESS, now=NO_PROMOTION))
    assert part.case.startswith("gift") and part.facts["gift"] == "两个同色抱枕"


def test_a_gift_asked_on_the_page_of_the_goods_the_gift_is_a_sample_of_is_the_promotion_giving_it(
        make_engine: Callable[..., Engine]) -> None:
    """「送小样吗」 on a 面霜's page, the shop's haggling gift a 面霜5g小样, while 满199送小样 runs: that."""
    cream = {"id": "cream", "name": "修护面霜", "aliases": ["面霜"], "price": 159, "colours": ["默认"],
             "sizes": ["30g"]}
    promotions = [{"name": "满199送小样", "description": "实付满199元送面霜5g小样两支,不满199不送小样。",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[cream], promotions=promotions,
                         bargain={"negotiable": False, "gift": "面霜5g小样一支", "coupon": None})
    reply = engine.reply("送小样吗", item_id="cream", now=dt.datetime(2026, 12, 3, 14))
    assert "不满199不送小样" in reply.text


def test_a_count_of_a_variant_after_a_haggle_is_what_they_come_to(make_engine: Callable[..., Engine]) -> None:
    """「买两瓶50g呢」 right after 「能便宜点吗」 of a shop that never haggles: 229 × 2 − 30 − 10."""
    cream = {"id": "cream", "name": "修护面霜", "price": 159, "colours": ["默认"], "sizes": ["30g", "50g"],
             "prices": {"50g": 229}}
    promotions = [{"name": "满299减30", "description": "全店实付满299元减30元,可以和店铺券一起用。",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    engine = make_engine(products=[cream], promotions=promotions,
                         bargain={"negotiable": False, "gift": None, "bulk": None,
                                  "coupon": {"amount": 10, "min_spend": 159}})
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("能便宜点吗", item_id="cream", now=now)
    part = bargain_part(engine.reply("买两瓶50g呢", first.conversation, item_id="cream", now=now))
    assert (part.facts["total"], part.facts["net"]) == ("458元", "418元")


def test_a_variant_said_after_the_rate_for_many_was_told_of_a_count_is_what_so_many_come_to(
        make_engine: Callable[..., Engine]) -> None:
    """「两个一起买多少」 told the 95折 for two, then 「三人位的」: what two of that one come to, not its stock."""
    sofa = {"id": "sofa", "name": "科技布沙发", "price": 2699, "colours": ["奶白"], "sizes": ["双人位", "三人位"],
            "prices": {"三人位": 3299}}
    engine = make_engine(products=[sofa], bargain={"bulk": {"min_items": 2, "rate": 0.95}}, promotions=[])
    first = engine.reply("两个一起买多少", item_id="sofa", now=NO_PROMOTION)
    assert bargain_part(first).case == "prices_total_bulk"  # each size's two at the 95折
    part = bargain_part(engine.reply("三人位的", first.conversation, item_id="sofa", now=NO_PROMOTION))
    assert "6268.1元" in part.text  # 3299 × 2 × 0.95


_CASE = {"id": "case", "name": "硅胶手机壳", "aliases": ["手机壳", "壳"], "price": 39, "colours": ["黑色"],
         "sizes": ["iPhone15", "iPhone15Pro"], "variant_aliases": {"iPhone15Pro": ["15pro"], "iPhone15": ["15"]}}
_FILM = {"id": "film", "name": "钢化膜", "aliases": ["膜", "贴膜"], "price": 29, "colours": ["高清", "防窥"],
         "sizes": ["iPhone15", "iPhone15Pro"], "prices": {"防窥": 39},
         "variant_aliases": {"iPhone15Pro": ["15pro"], "iPhone15": ["15"]}}


def test_goods_called_by_one_character_joined_to_another_are_summed_for_the_model_said(
        make_engine: Callable[..., Engine]) -> None:
    """「15pro黑色壳加膜两个一起多少钱」: one case and one film, both for the 15 Pro (膜 and 壳 read beside 加)."""
    engine = make_engine(products=[_CASE, _FILM], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("15pro黑色壳加膜两个一起多少钱", item_id="case", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["totals"]) == ("products_total_each", "高清 68元、防窥 78元")  # 39 + 29, 39 + 39
    assert part.facts["products"] == "硅胶手机壳+钢化膜"  # one of each, not two films


@pytest.mark.parametrize(("text", "told"), [
    ("24kg多少钱", "12月15日"),  # sold out, with its restock: the price, and that
    ("10kg多少钱", None),
])
def test_the_price_of_a_sold_out_variant_says_it_is_sold_out(make_engine: Callable[..., Engine], text: str,
                                                             told: str | None) -> None:
    dumbbell = {"id": "dumbbell", "name": "可调节哑铃", "price": 399, "colours": ["黑色"], "sizes": ["10kg", "24kg"],
                "prices": {"24kg": 799}, "stock": {"黑色": {"10kg": 5, "24kg": 0}},
                "restock": [{"colour": "黑色", "size": "24kg", "date": "2026-12-15"}]}
    engine = make_engine(products=[dumbbell], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply(text, item_id="dumbbell", now=dt.datetime(2026, 12, 3, 14))
    cases = [part.case for part in reply.parts]
    assert ("stock_none_restock" in cases) == (told is not None)
    assert told is None or told in reply.text


def test_the_net_price_of_a_presale_with_its_own_deposit_terms_is_drafted_with_them(
        make_engine: Callable[..., Engine]) -> None:
    """「到手多少钱」 of a dress paid by deposit now and balance on 12-12 to 12-14, while a shop-wide 满300减30
    ends on the 12th: the deposit terms, for a person to work out, not 568元 sent as if bought outright."""
    dress = {"id": "dress", "name": "齐胸襦裙", "price": 598, "colours": ["朱红"], "sizes": ["M"]}
    promotions = [{"name": "双十二", "start": "2026-12-01", "end": "2026-12-12", "description": "全店满300减30"},
                  {"name": "襦裙定金膨胀", "products": ["dress"], "start": "2026-12-01", "end": "2026-12-14",
                   "description": "付定金50元,尾款时抵80元,尾款12月12日至14日付"}]
    engine = make_engine(products=[dress], promotions=promotions, bargain={"bulk": None, "coupon": None})
    reply = engine.reply("那到手多少钱", item_id="dress", now=dt.datetime(2026, 12, 10, 14))
    assert bargain_part(reply).case == "promotion_own" and reply.mode != "auto"
    assert "尾款时抵80元" in reply.suggestion and "568" not in f"{reply.text} {reply.suggestion}"


def test_the_net_price_of_a_presale_whose_own_facts_take_a_deposit_is_drafted_with_them(
        make_engine: Callable[..., Engine]) -> None:
    """The same, with the deposit in the dress's own facts (定金, 尾款) and the shop's coupon: not 398 - 30 - 20."""
    dress = {"id": "dress", "name": "齐胸襦裙", "price": 398, "colours": ["朱红"], "sizes": ["M"],
             "attributes": {"定金": "先付定金30元,付尾款时定金可以抵50元", "尾款": "尾款在12月15日到12月17日之间付"}}
    promotions = [{"name": "双十二", "start": "2026-12-01", "end": "2026-12-12", "description": "全店满300减30"}]
    engine = make_engine(products=[dress], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 20, "min_spend": 299}})
    reply = engine.reply("到手多少钱", item_id="dress", now=dt.datetime(2026, 12, 10, 21))
    part = bargain_part(reply)
    assert (part.case, part.facts["part"]) == ("promotion_own", "定金、尾款") and reply.mode != "auto"
    assert "抵50元" in reply.suggestion and "12月15日" in reply.suggestion and "348" not in reply.suggestion


def test_the_price_of_a_variant_on_presale_says_it_can_be_bought_now(make_engine: Callable[..., Engine]) -> None:
    """「蓝色的多少钱」 of a gift set sold before it comes (presale, 12-14): 599元, bought now and sent from the
    14th, not 「卖完了…补货」; its one size not named."""
    box = {"id": "box", "name": "圣诞礼盒", "price": 599, "colours": ["红金礼盒", "雪夜蓝礼盒"], "sizes": ["标准装"],
           "stock": {"红金礼盒": {"标准装": 20}, "雪夜蓝礼盒": {"标准装": 0}},
           "restock": [{"colour": "雪夜蓝礼盒", "size": "标准装", "date": "2026-12-14", "presale": True}]}
    engine = make_engine(products=[box], promotions=[], bargain={"bulk": None, "coupon": None})
    reply = engine.reply("雪夜蓝礼盒多少钱", item_id="box", now=dt.datetime(2026, 12, 7, 11))
    assert [part.case for part in reply.parts][-1] == "stock_presale"
    assert "599元" in reply.text and "12月14日" in reply.text
    assert "卖完" not in reply.text and "标准装" not in reply.text


@pytest.mark.parametrize("text", ["今天金价涨了没 明天拍会不会便宜", "过几天买会不会便宜点"])
def test_whether_a_price_that_moves_by_the_day_moved_is_its_fact_for_a_person(make_engine: Callable[..., Engine],
                                                                              text: str) -> None:
    bangle = {"id": "bangle", "name": "足金手镯", "price": 9800, "colours": ["足金"], "sizes": ["56圈口"],
              "negotiable": False, "attributes": {"计价方式": "页面价=当天金价x克重+工费;金价每天上午10点调整一次"}}
    reply = make_engine(products=[bangle]).reply(text, item_id="bangle", now=NO_PROMOTION)
    assert bargain_part(reply).case == "price_moves" and reply.mode != "auto"
    assert "金价每天上午10点调整一次" in reply.suggestion


def test_a_price_that_never_moves_asked_of_tomorrow_is_no_fact_of_moving(engine: Engine) -> None:
    assert bargain_part(ask(engine, "明天拍会不会便宜")).case != "price_moves"


@pytest.mark.parametrize(("text", "protection"), [
    ("顺丰保价吗", False),  # the parcel insured for its value
    ("寄的时候能保价吗 丢了咋办", False),
    ("双12保价吗", True),  # the price protection
    ("买了降价保价吗", True),
    ("京东有保价吗", True),  # JD calls its price protection 保价
])
def test_a_courier_s_保价_is_the_parcel_s_insurance_not_the_price_protection(engine: Engine, text: str,
                                                                             protection: bool) -> None:
    reply = ask(engine, text)
    said = [p.case for p in reply.parts if p.intent == "bargain"]
    assert any("protection" in case for case in said) is protection


@pytest.mark.parametrize(("text", "part"), [
    ("换个轮子多少钱", "可以付费换轮子，25元一个"),  # the price in the part after the thing
    ("拉杆配件多少钱", "拉杆配件80元一根"),  # the price in the thing's own part
])
def test_a_thing_priced_in_passing_in_a_fact_is_that_price(make_engine: Callable[..., Engine], text: str,
                                                           part: str) -> None:
    case = {"id": "case", "name": "铝框拉杆箱", "price": 399, "colours": ["黑色"], "sizes": ["20寸"],
            "attributes": {"保修": "箱体终身保修;轮子保修1年,人为损坏不保,可以付费换轮子,25元一个,拉杆配件80元一根"}}
    reply = make_engine(products=[case]).reply(text, item_id="case", now=NO_PROMOTION)
    assert bargain_part(reply).case == "part_price" and part in reply.text + reply.suggestion
    assert "399元" not in reply.text + reply.suggestion


def test_a_charge_priced_in_passing_is_told_with_the_case_it_is_charged_on(make_engine: Callable[..., Engine]) -> None:
    """「高空费呢」 of 外机装在3楼及以上、需要出窗外作业的,收高空作业费150元: the fee and when it is charged."""
    aircon = {"id": "ac", "name": "圆柱柜机", "price": 5299, "colours": ["白色"], "sizes": ["2匹"],
              "attributes": {"空调支架": "不含在免费安装里,店里的不锈钢支架180元一副",
                             "高空作业": "外机装在3楼及以上、需要出窗外作业的,收高空作业费150元;要吊篮的按现场报价"}}
    engine = make_engine(products=[aircon])
    first = engine.reply("支架多少钱", item_id="ac", now=NO_PROMOTION)
    reply = engine.reply("高空费呢", first.conversation, item_id="ac", now=NO_PROMOTION)
    assert "3楼及以上" in reply.text + reply.suggestion and "150元" in reply.text + reply.suggestion


def test_so_many_things_named_together_with_a_cut_asked_reach_the_rate_for_so_many(
        make_engine: Callable[..., Engine]) -> None:
    """「婚纱旗袍秀禾服我都要 一起租能打折吗」 at 满3件9折: the rate three things reach, never the 押金 fact whose
    words say 和租金一起付."""
    dresses = [{"id": f"d{i}", "name": name, "aliases": [name[:2]], "price": 399, "colours": ["白色"], "sizes": ["M"],
                "attributes": {"押金": f"{name[:2]}押金300元,下单时和租金一起付"}}
               for i, name in enumerate(["婚纱拖尾款", "旗袍改良款", "秀禾服龙凤款"])]
    engine = make_engine(products=dresses, promotions=[], bargain={"bulk": {"min_items": 3, "rate": 0.9}})
    reply = engine.reply("婚纱旗袍秀禾服我都要 一起租能打折吗", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert part.case == "bulk" and "9折" in reply.text and "押金" not in reply.text


def test_a_word_that_names_nothing_finds_no_thing_priced_in_passing(make_engine: Callable[..., Engine]) -> None:
    """「可以照图做吗 多少钱」 of nails whose 发货时间 says 可以加急,加急费20元: the goods' own prices, not the fee."""
    nails = {"id": "nails", "name": "来图定制穿戴甲", "aliases": ["照图做"], "price": 88, "colours": ["短方"],
             "sizes": ["简单款", "复杂款"], "prices": {"复杂款": 148},
             "attributes": {"发货时间": "付款后5到7天做好发出;可以加急,加急费20元,3天内发出"}}
    reply = make_engine(products=[nails]).reply("可以照图做吗 多少钱", item_id="nails", now=NO_PROMOTION)
    assert bargain_part(reply).case == "prices" and "148元" in reply.text and "20元" not in reply.text


@pytest.mark.parametrize(("text", "more"), [("左手41寸多少钱", True), ("41寸多少钱", False),
                                          ("原木色41寸多少钱", False)])
def test_a_variant_priced_with_a_way_its_fact_charges_more_for_is_told_both(
        make_engine: Callable[..., Engine], text: str, more: bool) -> None:
    """左手琴: 左手款可以定做,加50元: 「左手41寸多少钱」 is the 41寸's price and what the left-handed way adds."""
    guitar = {"id": "guitar", "name": "合板民谣吉他", "price": 299, "colours": ["原木色"], "sizes": ["36寸", "41寸"],
              "prices": {"36寸": 299, "41寸": 399},
              "attributes": {"左手琴": "左手款可以定做,加50元,付款后10天发货", "琴弦": "磷青铜弦"}}
    reply = make_engine(products=[guitar]).reply(text, item_id="guitar", now=NO_PROMOTION)
    said = reply.text + reply.suggestion
    assert bargain_part(reply).facts["price"] == "399元" and ("加50元" in said) is more


@pytest.mark.parametrize(("text", "net"), [
    ("一个套装加两件文胸多少钱", "192.5元"),  # 79 + 89 + 44.5 = 212.5, then 满199减20 (asked on the set's page)
    ("两件文胸加一个套装多少钱", "192.5元"),
    ("一个套装加三件文胸多少钱", "281.5元"),  # the second of three at half: 79 + 267 - 44.5 - 20
    ("一个套装加一件文胸多少钱", None),  # one bra: no half, 168元 short of 满199: the shop's rate for two
])
def test_a_second_at_half_of_some_of_the_goods_summed_is_taken_off_those(
        make_engine: Callable[..., Engine], text: str, net: str | None) -> None:
    bra = {"id": "bra", "name": "无钢圈文胸", "aliases": ["文胸"], "price": 89, "colours": ["肤色"], "sizes": ["75B"]}
    kit = {"id": "kit", "name": "无痕内衣套装", "aliases": ["套装"], "price": 79, "colours": ["肤色"], "sizes": ["M"]}
    promotions = [{"name": "文胸第二件半价", "description": "文胸拍两件,第二件半价。", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["bra"]},
                  {"name": "双12满减", "description": "全店满199减20,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    reply = make_engine(products=[kit, bra], promotions=promotions).reply(text, item_id="kit",
                                                                           now=dt.datetime(2026, 12, 3, 10))
    part = bargain_part(reply)
    if net is None:  # (the example shop's 2件95折 alone: 168元 reaches no 满199减20)
        assert (part.case, part.facts["total"]) == ("products_total_bulk", "159.6元") and "第二件半价" not in part.text
    else:
        assert (part.case, part.facts["net"]) == ("products_total_cut", net)
        assert "文胸第二件半价" in part.text and "双12满减" in part.text


def test_a_second_at_half_of_one_good_bought_once_is_no_term_of_a_sum_by_variant(
        make_engine: Callable[..., Engine]) -> None:
    """「一件文胸一份内裤多少钱」 on the briefs' page, their packs priced apart: the sums for each pack, not the
    bra's 第二件半价 (one bra is bought)."""
    bra = {"id": "bra", "name": "无钢圈文胸", "aliases": ["文胸"], "price": 89, "colours": ["肤色"], "sizes": ["75B"]}
    briefs = {"id": "briefs", "name": "纯棉内裤", "aliases": ["内裤"], "price": 39, "colours": ["3条装", "5条装"],
              "sizes": ["M"], "prices": {"3条装": 39, "5条装": 59}}
    promotions = [{"name": "文胸第二件半价", "description": "文胸拍两件,第二件半价。", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["bra"]}]
    engine = make_engine(products=[briefs, bra], promotions=promotions, bargain={"bulk": None})
    reply = engine.reply("一件文胸一份内裤多少钱", item_id="bra", now=dt.datetime(2026, 12, 3, 10))
    said = reply.text + reply.suggestion
    assert "128元" in said and "148元" in said and "第二件半价" not in said


@pytest.mark.parametrize(("text", "gift"), [
    ("500g两袋多少钱", True),
    ("500g一袋多少钱", False),
    ("1kg两袋多少钱", False),  # the terms leave 1kg out
])
def test_a_gift_for_buying_as_many_as_a_sum_is_of_is_told_beside_it(
        make_engine: Callable[..., Engine], text: str, gift: bool) -> None:
    """红枣同一规格拍两袋,送一袋250g一级红枣: two bags are 90元, and that gift comes with them."""
    dates = {"id": "dates", "name": "和田骏枣", "price": 45, "colours": ["特级"], "sizes": ["500g", "1kg"],
             "prices": {"1kg": 85}}
    promotions = [{"name": "红枣买二送一", "description": "红枣同一规格拍两袋,送一袋250g一级红枣;1kg装不参加。",
                   "start": "2026-12-01", "end": "2026-12-31", "products": ["dates"]}]
    reply = make_engine(products=[dates], promotions=promotions, bargain={"bulk": None}).reply(
        text, item_id="dates", now=dt.datetime(2026, 12, 3, 10))
    assert ("送一袋250g一级红枣" in reply.text) is gift
    assert [p.case for p in reply.parts if p.case == "gift_reached"] == (["gift_reached"] if gift else [])
    if gift:
        assert bargain_part(reply).facts["total"] == "90元"


@pytest.mark.parametrize(("text", "told"), [("和壳一起买便宜点吗", True), ("跟壳一起拍膜多少钱", True),
                                           ("两张一起多少钱", False)])  # (a count of it alone: its own prices)
def test_a_price_for_buying_it_along_with_other_goods_named_is_that_fact(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    """A screen film whose 加购价 says 和任意手机壳一起拍,高清膜加购价9.9元: asked with a case, that price."""
    film = {"id": "film", "name": "钢化膜", "aliases": ["膜"], "price": 15, "colours": ["高清"], "sizes": ["iPhone16"],
            "attributes": {"加购价": "和任意手机壳一起拍,高清膜加购价9.9元"}}
    reply = make_engine(products=[film], promotions=[]).reply(text, item_id="film", now=NO_PROMOTION)
    assert ("加购价9.9元" in reply.text + reply.suggestion) is told


@pytest.mark.parametrize(("message", "nets"), [
    ("46mm多少钱", ["黑色 46mm 1488元到手1288元", "真皮 46mm 1688元到手1488元"]),  # 46mm直降200元
    ("42mm多少钱", ["黑色 42mm 1288元到手1188元", "真皮 42mm 1488元到手1388元"]),  # 42mm直降100元
])
def test_a_size_priced_in_each_style_is_told_what_each_comes_to_after_its_own_cut(
        make_engine: Callable[..., Engine], message: str, nets: list[str]) -> None:
    watch = {"id": "watch", "name": "GT4手表", "price": 1288, "colours": ["黑色", "真皮"], "sizes": ["42mm", "46mm"],
             "prices": {"黑色 46mm": 1488, "真皮 42mm": 1488, "真皮 46mm": 1688}}
    promotions = [{"name": "双12直降", "description": "46mm直降200元,42mm直降100元,下单自动减", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["watch"]}]
    reply = make_engine(products=[watch], promotions=promotions).reply(message, item_id="watch",
                                                                       now=dt.datetime(2026, 12, 3, 14))
    assert_says(reply, *nets)


#: A stationery shop's gel pens (by colour and width) and notebooks (by page and size).
PENS = {"id": "pens", "name": "中性笔", "price": 15.9, "colours": ["黑色", "蓝色"], "sizes": ["0.5mm", "0.38mm"],
        "prices": {"黑色 0.38mm": 16.9, "蓝色 0.38mm": 16.9}, "variant_aliases": {"0.5mm": ["0.5"], "0.38mm": ["0.38"]}}
NOTEBOOK = {"id": "notebook", "name": "软面笔记本", "aliases": ["本子"], "price": 19.9, "colours": ["横线", "方格"],
            "sizes": ["A5", "B5"], "prices": {"横线 B5": 24.9, "方格 B5": 24.9}}


@pytest.mark.parametrize(("then", "total"), [
    ("再加一包b5横线本子 一共多少", "72.6元"),  # 3 boxes of black 0.5 (47.7元) and the B5 notebook (24.9元)
    ("再来一本a5方格的本子 一共多少钱", "67.6元"),  # and the A5 (19.9元)
])
def test_another_product_added_to_what_was_chosen_before_is_summed_with_it(
        make_engine: Callable[..., Engine], then: str, total: str) -> None:
    engine = make_engine(products=[PENS, NOTEBOOK], promotions=[], bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 3, 9)
    chosen = engine.reply("黑色0.5要3盒 多少钱", item_id="pens", now=now)
    assert "47.7元" in chosen.text
    reply = engine.reply(then, chosen.conversation, item_id="pens", now=now)
    part = bargain_part(reply)
    assert part.case == "products_total" and part.facts["total"] == total
    assert "×3" in str(part.facts["prices"])


def test_goods_summed_whichever_variants_all_reach_the_spend_cut_are_told_what_they_come_to_after_it(
        make_engine: Callable[..., Engine]) -> None:
    """盖碗 128-178元, 公道杯 88-108元, 品茗杯 168-198元 at 满299减30: 384-484元, whichever is chosen over 299."""
    goods = [{"id": i, "name": n, "price": low, "colours": ["青瓷"], "sizes": ["小", "大"], "prices": {"青瓷 大": high}}
             for i, n, low, high in (("bowl", "盖碗", 128, 178), ("pitcher", "公道杯", 88, 108),
                                     ("cups", "品茗杯", 168, 198))]
    promotions = [{"name": "冬日满减", "description": "全店满299减30,下单自动减", "start": "2026-12-01",
                   "end": "2026-12-31"}]
    engine = make_engine(products=goods, promotions=promotions, bargain={"coupon": None, "bulk": None})
    now = dt.datetime(2026, 12, 3, 14)
    two = engine.reply("盖碗和公道杯一起买多少钱", item_id="bowl", now=now)
    assert bargain_part(two).case == "products_total_each_short"  # 216-286元: some choices fall short of 299
    three = bargain_part(engine.reply("再加一套品茗杯呢", two.conversation, item_id="bowl", now=now))
    assert (three.case, three.facts["totals"], three.facts["net"]) == ("products_total_each_off", "384-484元",
                                                                       "354-454元")


def test_whether_the_coupon_goes_with_the_promotion_just_worked_out_is_of_that_one_alone(
        make_engine: Callable[..., Engine]) -> None:
    """第二件半价 priced two notebooks; the 满减's terms (可以和店铺5元券一起用) say nothing of the half price."""
    promotions = [{"name": "双12文具节", "description": "全店满59减8,下单自动减,可以和店铺5元券一起用。",
                   "start": "2026-12-10", "end": "2026-12-12"},
                  {"name": "笔记本第二件半价", "description": "笔记本同一款拍两包,第二包半价。", "start": "2026-12-01",
                   "end": "2026-12-15", "products": ["notebook"]}]
    engine = make_engine(products=[PENS, NOTEBOOK], promotions=promotions, bargain={"bulk": None})
    now = dt.datetime(2026, 12, 11, 14)
    priced = engine.reply("横线a5两包多少钱", item_id="notebook", now=now)
    assert bargain_part(priced).facts["promotion_name"] == "笔记本第二件半价"
    asked = engine.reply("能和优惠券一起用吗", priced.conversation, item_id="notebook", now=now)
    assert (bargain_part(asked).case, asked.mode) == ("stacking_unknown", "handoff")
    named = bargain_part(engine.reply("满减能和优惠券一起用吗", item_id="notebook", now=now))
    assert (named.case, named.facts["note"]) == ("stacking", "可以和店铺5元券一起用")


@pytest.mark.parametrize(("then", "case"), [
    ("5.4米硬调加3000型", "products_total"),  # the variants of the two just summed, chosen: their sum
    ("加急能发吗", None),  # a question of its own: not a choice of the two
])
def test_the_variants_of_goods_just_summed_chosen_in_a_line_are_summed(
        make_engine: Callable[..., Engine], then: str, case: str | None) -> None:
    rod = {"id": "rod", "name": "矶钓竿", "aliases": ["竿子"], "price": 198, "colours": ["硬调", "超硬"],
           "sizes": ["4.5米", "5.4米"], "prices": {"硬调 5.4米": 258, "超硬 4.5米": 228, "超硬 5.4米": 288}}
    reel = {"id": "reel", "name": "纺车轮", "aliases": ["轮子"], "price": 89, "colours": ["黑金"],
            "sizes": ["2000型", "3000型"], "prices": {"3000型": 99}}
    engine = make_engine(products=[rod, reel], promotions=[], bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 3, 14)
    both = engine.reply("竿子加轮子一起买多少钱", item_id="reel", now=now)
    assert bargain_part(both).case == "products_total_each"
    reply = engine.reply(then, both.conversation, item_id="reel", now=now)
    if case is None:
        assert "bargain" not in reply.intents
    else:
        part = bargain_part(reply)
        assert (part.case, part.facts["total"]) == (case, "357元")


#: Two goods bought together, and a promotion for the pair: a sum off once, or a price for both.
_ROD = {"id": "rod", "name": "高碳素矶钓竿", "aliases": ["矶钓竿"], "price": 258, "colours": ["硬调"],
        "sizes": ["5.4米"]}
_REEL = {"id": "reel", "name": "全金属纺车轮", "aliases": ["纺车轮"], "price": 99, "colours": ["黑金"],
         "sizes": ["3000型"]}
_MACHINE = {"id": "e5", "name": "E5咖啡机", "aliases": ["E5"], "price": 1899, "colours": ["银色"], "sizes": ["标准"]}
_GRINDER = {"id": "g3", "name": "G3磨豆机", "aliases": ["磨豆机", "G3"], "price": 599, "colours": ["黑色"],
            "sizes": ["标准"]}


@pytest.mark.parametrize(("goods", "terms", "message", "total", "net"), [
    # 30元 off once for the pair: 357 − 30
    ([_ROD, _REEL], "矶钓竿加任意一个纺车轮同时拍下立减30元,下单自动减。", "矶钓竿加纺车轮一起多少钱",
     "357元", "327元"),
    # a price for the pair (the gift after it is no count to buy): 1899 + 599 at 2299元
    ([_MACHINE, _GRINDER], "拍E5咖啡机加G3磨豆机套餐只要2299元,再送500g咖啡豆一袋。", "E5加磨豆机套餐多少钱",
     "2498元", "2299元"),
])
def test_goods_a_promotion_cuts_or_prices_together_are_summed_by_it(
        make_engine: Callable[..., Engine], goods: list[dict[str, Any]], terms: str, message: str, total: str,
        net: str) -> None:
    deal = {"name": "套餐", "description": terms, "start": "2026-11-25", "end": "2026-12-31",
            "products": [g["id"] for g in goods]}
    engine = make_engine(products=goods, promotions=[deal], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(message, item_id=goods[0]["id"], now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"], part.facts["net"]) == ("products_total_cut", total, net)


def test_a_size_priced_in_each_thickness_while_a_cut_and_a_spend_off_run_is_told_with_their_terms(
        make_engine: Callable[..., Engine]) -> None:
    """25cm款直降100元 and 满2000减200 both run: which goes first the file leaves to its terms; no 到手 is made up."""
    mattress = {"id": "s1", "name": "弹簧床垫", "price": 1799, "colours": ["20cm", "25cm"], "sizes": ["1.8x2m"],
                "prices": {"25cm 1.8x2m": 2199}, "variant_aliases": {"1.8x2m": ["1.8", "1.8的"]}}
    promotions = [{"name": "25cm款直降", "description": "25cm厚度款直降100元,20cm款不参加。", "start": "2026-12-01",
                   "end": "2026-12-12", "products": ["s1"]},
                  {"name": "双12床垫节", "description": "全店满2000减200,下单自动减。", "start": "2026-12-01",
                   "end": "2026-12-12"}]
    engine = make_engine(products=[mattress], promotions=promotions, bargain={"bulk": None, "coupon": None})
    reply = engine.reply("1.8的多少钱", item_id="s1", now=dt.datetime(2026, 12, 3, 14))
    part = bargain_part(reply)
    assert part.case == "prices_terms" and "到手" not in reply.text
    assert_says(reply, "20cm 1.8x2m 1799元", "25cm 1.8x2m 2199元", "直降100元", "满2000减200")


@pytest.mark.parametrize("then", ["满减后多少", "到手多少"])
def test_what_the_variant_just_priced_comes_to_after_a_spend_off_it_falls_short_of_is_how_short(
        make_engine: Callable[..., Engine], then: str) -> None:
    bowl = {"id": "bowl", "name": "盖碗", "price": 128, "colours": ["青瓷", "汝窑"], "sizes": ["100ml", "150ml"],
            "prices": {"汝窑 100ml": 158, "汝窑 150ml": 178, "青瓷 150ml": 148}}
    spend = [{"name": "冬日茶事满减", "description": "全店满299减30,下单自动减", "start": "2026-12-01",
              "end": "2026-12-31"}]
    engine = make_engine(products=[bowl], promotions=spend, bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 3, 14)
    priced = engine.reply("汝窑的100ml多少钱", item_id="bowl", now=now)
    part = bargain_part(engine.reply(then, priced.conversation, item_id="bowl", now=now))
    assert (part.case, part.facts["price"], part.facts["short"]) == ("price_net_short", "158元", "141元")


def test_another_product_joined_to_the_pages_with_its_variants_said_before_its_name_is_summed_with_it(
        make_engine: Callable[..., Engine]) -> None:
    """「配1.8的弹簧床垫20厘米的 一起多少钱」 on a bed frame's page: the frame and the mattress, not the mattress."""
    frame = {"id": "frame", "name": "实木床架", "price": 1599, "colours": ["原木色"], "sizes": ["1.5x2m", "1.8x2m"],
             "prices": {"1.8x2m": 1899}, "variant_aliases": {"1.8x2m": ["1.8", "1.8的"], "1.5x2m": ["1.5"]}}
    mattress = {"id": "s1", "name": "弹簧床垫", "price": 1299, "colour_label": "厚度", "colours": ["20cm", "25cm"],
                "sizes": ["1.5x2m", "1.8x2m"], "prices": {"20cm 1.8x2m": 1799, "25cm 1.5x2m": 1599,
                                                           "25cm 1.8x2m": 2199},
                "variant_aliases": {"20cm": ["20厘米"], "1.8x2m": ["1.8", "1.8的"], "1.5x2m": ["1.5"]}}
    engine = make_engine(products=[frame, mattress], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("配1.8的弹簧床垫20厘米的 一起多少钱", item_id="frame",
                                     now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("products_total", "3698元")


@pytest.mark.parametrize(("message", "total"), [
    ("灯串5米两个加一包红色气球100个 多少钱", "61.7元"),  # 2 × 12.9 + 35.9: the count said past 5米
    ("5米灯串两个加一包红色气球100个装 多少钱", "61.7元"),
])
def test_a_count_said_past_a_variants_name_beside_the_products_counts(
        make_engine: Callable[..., Engine], message: str, total: str) -> None:
    lights = {"id": "lights", "name": "LED灯串", "aliases": ["灯串"], "price": 12.9, "colours": ["暖白"],
              "sizes": ["5米", "10米"], "prices": {"10米": 19.9}}
    balloons = {"id": "balloons", "name": "乳胶气球", "aliases": ["气球"], "price": 19.9, "colours": ["大红"],
                "sizes": ["50个装", "100个装"], "prices": {"100个装": 35.9}, "variant_aliases": {"大红": ["红色"]}}
    engine = make_engine(products=[lights, balloons], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(message, item_id="lights", now=dt.datetime(2026, 12, 3, 14)))
    assert (part.case, part.facts["total"]) == ("products_total", total)




_TYRE = {"id": "tyre", "name": "静音轿车轮胎", "price": 329, "colours": ["单条", "四条装"],
         "sizes": ["195/65R15", "205/55R16"], "variant_aliases": {"四条装": ["四条"], "205/55R16": ["205 55 16"]},
         "prices": {"205/55R16": 369, "四条装 195/65R15": 1256, "四条装 205/55R16": 1396}}
_SET_CUT = {"name": "双12轮胎节", "description": "轮胎四条装每套立减100元,下单自动减;单条不参加。",
            "start": "2026-12-01", "end": "2026-12-12", "products": ["tyre"]}


def test_one_half_of_a_variant_priced_after_the_other_was_said_is_that_pair(make_engine: Callable[..., Engine]) -> None:
    """「205 55 16有吗」 … 「四条多少钱」: the four of that size, 1396元 less the 100元 each set takes off."""
    engine = make_engine(products=[_TYRE], promotions=[_SET_CUT])
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("205 55 16有吗", item_id="tyre", now=now)
    part = bargain_part(engine.reply("四条多少钱", first.conversation, item_id="tyre", now=now))
    said = (part.facts["product"], part.facts["price"], part.facts.get("net"))
    assert said == ("205/55R16 四条装", "1396元", "1296元")


@pytest.mark.parametrize(("text", "listed"), [
    ("四条多少钱", "四条装 205/55R16 1396元到手1296元"),  # 四条装 names a pack, not a count bought
    ("单条多少钱", "单条 205/55R16 369元"),  # and no terms that leave 单条 out (单条不参加)
])
def test_each_size_of_a_pack_priced_is_told_with_the_cut_that_pack_takes(make_engine: Callable[..., Engine], text: str,
                                                                        listed: str) -> None:
    engine = make_engine(products=[_TYRE], promotions=[_SET_CUT])
    reply = engine.reply(text, item_id="tyre", now=dt.datetime(2026, 12, 3, 14))
    assert listed in bargain_part(reply).facts["prices"] and "双12" not in reply.text


def test_the_gap_between_two_sizes_that_differs_by_style_is_told_for_each(make_engine: Callable[..., Engine]) -> None:
    """369 - 329 one tyre, 1396 - 1256 four: 205/55R16 is 40元 dearer alone and 140元 a set."""
    engine = make_engine(products=[_TYRE], promotions=[])
    part = bargain_part(engine.reply("195/65R15和205/55R16差多少钱", item_id="tyre", now=NO_PROMOTION))
    assert (part.case, part.facts["dearer"], part.facts["gaps"]) == ("prices_gap_each", "205/55R16",
                                                                     "单条贵40元、四条装贵140元")


@pytest.mark.parametrize(("text", "sent"), [("多少钱", True), ("宽3米的要多少钱", False),
                                            ("一共要9米布 多少钱", False)])
def test_goods_priced_by_the_metre_are_told_how_and_a_length_said_goes_to_a_person(
        make_engine: Callable[..., Engine], text: str, sent: bool) -> None:
    """29元 is a metre of cloth: the price, and that it is of a metre; how many metres a width takes is the
    shop's sum, drafted."""
    sheer = {"id": "sheer", "name": "纱帘", "price": 29, "colours": ["纯白"], "sizes": ["高2.7米内"],
             "attributes": {"计价方式": "按米计价,标价是每米纱的价格;用纱米数=轨道宽度×2倍褶皱"}}
    reply = make_engine(products=[sheer], promotions=[]).reply(text, item_id="sheer", now=NO_PROMOTION)
    assert bargain_part(reply).case == "priced_by_prices" and (reply.mode != "handoff") is sent
    assert "每米纱的价格" in (reply.text if sent else reply.suggestion)
    assert "29元" in (reply.text if sent else reply.suggestion)


def test_whole_metres_of_goods_priced_by_the_metre_are_summed_with_the_deals(
        make_engine: Callable[..., Engine]) -> None:
    """「买六米2倍褶的到手多少」: 6 x 109 = 654, short of 满800 by 146, past the 满300减20 coupon: 634. A total with no
    count, or part of a metre, is the shop's sum: drafted with how it is priced."""
    curtain = {"id": "curtain", "name": "遮光窗帘", "price": 89, "colours": ["燕麦"], "sizes": ["1.5倍褶", "2倍褶"],
               "prices": {"2倍褶": 109}, "attributes": {"计价方式": "按米计价,宽度几米就拍几件,不满整米的按0.5米进位"}}
    festival = {"name": "窗帘节", "description": "全店满800减80,可以和店铺券一起用"}
    engine = make_engine(products=[curtain], promotions=[festival],
                         bargain={"negotiable": False, "coupon": {"amount": 20, "min_spend": 300}, "bulk": None})
    part = bargain_part(engine.reply("买六米2倍褶的到手多少", item_id="curtain", now=NO_PROMOTION))
    assert (part.case, part.facts["total"], part.facts["short"], part.facts["net"]) == (
        "price_total_short_coupon", "654元", "146元", "634元")
    for text in ("2倍褶的拍3.5米多少钱", "2倍褶的一共多少钱"):
        reply = engine.reply(text, item_id="curtain", now=NO_PROMOTION)
        assert bargain_part(reply).case == "priced_by_prices" and reply.mode != "auto" and "109元" in reply.suggestion


@pytest.mark.parametrize("text", ["30ml多少前 50的呢", "这个多少前"])
def test_a_price_asked_with_钱_typed_前_is_a_price(make_engine: Callable[..., Engine], text: str) -> None:
    serum = {"id": "serum", "name": "精华液", "price": 299, "colours": ["经典款"], "sizes": ["30ml", "50ml"],
             "prices": {"50ml": 439}}
    reply = make_engine(products=[serum], promotions=[]).reply(text, item_id="serum", now=NO_PROMOTION)
    assert bargain_part(reply).case in ("price", "prices") and "299元" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["一箱几钱", "30ml的几钱"])  # 几钱: how much, as buyers in the south say it
def test_a_price_asked_with_ji_qian_is_a_price(make_engine: Callable[..., Engine], text: str) -> None:
    noodles = {"id": "noodles", "name": "螺蛳粉", "price": 13.9, "colours": ["原味"], "sizes": ["30ml", "一箱"],
               "prices": {"一箱": 115}}
    reply = make_engine(products=[noodles], promotions=[]).reply(text, item_id="noodles", now=NO_PROMOTION)
    assert bargain_part(reply).case in ("price", "prices") and ("115元" in reply.text + reply.suggestion
                                                                or "13.9元" in reply.text + reply.suggestion)


def test_a_price_asked_per_one_with_ji_qian_is_that_ones_price(make_engine: Callable[..., Engine]) -> None:
    noodles = {"id": "noodles", "name": "螺蛳粉", "price": 13.9, "colours": ["原味"], "sizes": ["单袋", "10袋整箱"],
               "prices": {"10袋整箱": 115}, "variant_aliases": {"单袋": ["一袋"]}}
    reply = make_engine(products=[noodles], promotions=[]).reply("几钱一袋", item_id="noodles", now=NO_PROMOTION)
    assert bargain_part(reply).case == "price" and "13.9元" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["多少钱一米 几天能发", "几天能发 多少钱一平"])
def test_the_price_of_a_metre_asked_beside_another_question_is_answered_too(
        make_engine: Callable[..., Engine], text: str) -> None:
    curtain = {"id": "curtain", "name": "遮光窗帘", "price": 39, "colours": ["米白"], "sizes": ["遮光85%"],
               "attributes": {"计价方式": "按米计价,标价是每米布料的价格"}}
    reply = make_engine(products=[curtain], promotions=[]).reply(text, item_id="curtain", now=NO_PROMOTION)
    assert {"bargain", "shipping"} <= set(reply.intents) and "39元" in reply.text + reply.suggestion


def test_a_promotion_named_for_goods_sold_by_the_metre_is_told_beside_their_price(
        make_engine: Callable[..., Engine]) -> None:
    """「纱帘多少钱一米」 while 纱帘加购价 runs: each price a metre, and that promotion; not the shop's others."""
    sheer = {"id": "sheer", "name": "白纱帘", "aliases": ["纱帘"], "price": 39, "colours": ["白"], "sizes": ["2倍褶"],
             "attributes": {"计价方式": "按米计价,标价是每米的价格"}}
    promotions = [{"name": "纱帘加购价", "description": "同一订单拍了遮光帘再加购纱帘,每米立减5元"},
                  {"name": "全店满减", "description": "全店满800减80"}]
    engine = make_engine(products=[sheer], promotions=promotions)
    reply = engine.reply("纱帘多少钱一米", item_id="sheer", now=NO_PROMOTION)
    assert [part.case for part in reply.parts] == ["priced_by_prices", "promotions"]
    assert "每米立减5元" in reply.text and "满800减80" not in reply.text


def test_the_price_of_a_metre_asked_is_each_variants(make_engine: Callable[..., Engine]) -> None:
    """「多少钱一米」 of a curtain in three blackouts: 39, 49 and 69元 a metre, not how it is counted alone."""
    curtain = {"id": "curtain", "name": "遮光窗帘", "price": 39, "colours": ["米白"],
               "sizes": ["遮光85%", "遮光95%", "全遮光99%"],
               "prices": {"遮光95%": 49, "全遮光99%": 69},
               "attributes": {"计价方式": "按米计价,标价是每米布料的价格(已含加工费)"}}
    reply = make_engine(products=[curtain], promotions=[]).reply("这个多少钱一米", item_id="curtain", now=NO_PROMOTION)
    assert bargain_part(reply).case == "priced_by_prices" and reply.mode == "auto"
    assert all(price in reply.text for price in ("39元", "49元", "69元")) and "每米布料的价格" in reply.text


def test_a_gift_asked_of_nothing_named_finds_no_fact_by_its_的(make_engine: Callable[..., Engine]) -> None:
    """「有送的吗」: 的 names no thing given, so no fact that says 生产的 is told as what comes."""
    formula = {"id": "formula", "name": "婴儿奶粉", "price": 268, "colours": ["1段"], "sizes": ["800g"],
               "attributes": {"生产日期": "现货是2026年10月生产的", "产地": "爱尔兰"}}
    reply = make_engine(products=[formula]).reply("有送的吗", item_id="formula", now=NO_PROMOTION)
    assert "生产" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "gift"), [("3段整箱多少钱", True), ("3段大罐多少钱", False)])
def test_the_price_of_a_variant_a_running_gift_is_given_for_tells_that_gift(make_engine: Callable[..., Engine],
                                                                             text: str, gift: bool) -> None:
    """拍6罐整箱,加送同段位400g小罐一罐: 整箱's price and its gift; a can alone, its price."""
    formula = {"id": "formula", "name": "婴儿奶粉", "price": 268, "colours": ["3段"], "sizes": ["800g", "6罐整箱"],
               "variant_aliases": {"800g": ["大罐"], "6罐整箱": ["整箱"]}, "prices": {"6罐整箱": 1318}}
    giving = {"name": "奶粉买6送1", "description": "拍6罐整箱,加送同段位400g小罐一罐,赠品随单发。",
              "start": "2026-12-01", "end": "2026-12-31", "products": ["formula"]}
    reply = make_engine(products=[formula], promotions=[giving]).reply(text, item_id="formula",
                                                                       now=dt.datetime(2026, 12, 3, 14))
    assert bargain_part(reply).case == "price" and ("加送同段位400g小罐" in reply.text) is gift


@pytest.mark.parametrize("text", ["满100减50 我买一套平装够吗", "平装一套多少钱 到手多少"])
def test_whether_the_goods_named_reach_a_spend_off_is_how_far_they_fall_short(make_engine: Callable[..., Engine],
                                                                              text: str) -> None:
    """59.7元 against 满100减50, whose terms also say it goes with no other: 40.3元 short, not the terms alone."""
    novel = {"id": "novel", "name": "红楼梦", "price": 59.7, "colours": ["平装", "精装"], "sizes": ["全两册"],
             "prices": {"精装": 128}}
    book_fair = {"name": "图书节", "description": "全店图书满100减50,结算时自动减;不能和每满200减30同时用。",
                 "start": "2026-12-01", "end": "2026-12-12"}
    engine = make_engine(products=[novel], promotions=[book_fair], bargain={"coupon": None})
    part = bargain_part(engine.reply(text, item_id="novel", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["short"]) == ("price_net_short", "40.3元")


def test_a_count_priced_of_goods_in_versions_below_the_bulk_rate_is_told_the_prices_and_terms(
        make_engine: Callable[..., Engine]) -> None:
    """「两个城堡多少钱」 of a castle at 199 and 249 while 第二件8折 runs, two short of 满3件: each price and
    the terms that decide the sum, not the terms alone."""
    castle = {"id": "castle", "name": "城堡积木", "aliases": ["城堡"], "price": 199, "colours": ["粉色"],
              "sizes": ["标准版", "灯光版"], "prices": {"灯光版": 249}}
    second = {"name": "积木第二件8折", "description": "积木拍两件,价格低的那件打8折,下单自动算。",
              "start": "2026-12-01", "end": "2026-12-31"}
    engine = make_engine(products=[castle], promotions=[second], bargain={"bulk": {"min_items": 3, "rate": 0.9}})
    part = bargain_part(engine.reply("两个城堡多少钱", item_id="castle", now=dt.datetime(2026, 12, 3, 10)))
    assert "标准版 199元" in part.facts["prices"] and "灯光版 249元" in part.facts["prices"]


def test_a_count_that_only_begins_a_variants_name_is_no_count(make_engine: Callable[..., Engine]) -> None:
    """「酱香两瓶礼盒加一箱浓香多少钱」: one 两瓶礼盒 (768) and one case (899), not two gift boxes."""
    jiang = {"id": "jiang", "name": "酱香白酒", "aliases": ["酱香"], "price": 399, "colours": ["经典款"],
             "sizes": ["单瓶", "两瓶礼盒"], "prices": {"两瓶礼盒": 768}}
    nong = {"id": "nong", "name": "浓香白酒", "aliases": ["浓香"], "price": 168, "colours": ["经典款"],
            "sizes": ["单瓶", "6瓶整箱"], "variant_aliases": {"6瓶整箱": ["一箱"]}, "prices": {"6瓶整箱": 899}}
    engine = make_engine(products=[jiang, nong], promotions=[], bargain={"coupon": None, "bulk": None})
    part = bargain_part(engine.reply("酱香两瓶礼盒加一箱浓香多少钱", item_id="jiang", now=NO_PROMOTION))
    assert part.facts["total"] == "1667元"


def test_a_size_asked_its_price_after_the_other_half_was_said_is_that_pair(make_engine: Callable[..., Engine]) -> None:
    """「精品30只有货吗」 … 「那10只的呢多少」: 精品大红 10只, 35元, not its stock again, nor each colour's."""
    shrimp = {"id": "shrimp", "name": "樱桃虾", "price": 20, "colours": ["普通红", "精品大红"],
              "sizes": ["10只", "30只"],
              "variant_aliases": {"精品大红": ["精品"]},
              "prices": {"精品大红 10只": 35, "普通红 30只": 50, "精品大红 30只": 90}}
    engine = make_engine(products=[shrimp], promotions=[])
    first = engine.reply("精品30只有货吗", item_id="shrimp", now=NO_PROMOTION)
    part = bargain_part(engine.reply("那10只的呢多少", first.conversation, item_id="shrimp", now=NO_PROMOTION))
    assert (part.case, part.facts["price"]) == ("price", "35元")


@pytest.mark.parametrize(("promotions", "cases"), [
    ([], ["coupon_only", "bulk"]),  # the coupon, and the rate for more
    ([{"name": "年货节", "description": "全店满200减20"}], ["promotions_coupon", "bulk"]),
])
def test_the_deals_asked_of_a_shop_with_a_rate_for_more_name_that_rate_too(
        make_engine: Callable[..., Engine], promotions: list[dict[str, Any]], cases: list[str]) -> None:
    """「有优惠吗」 of a shop that takes 5 % off 20 items: the coupon alone is not all it has."""
    engine = make_engine(bargain={"negotiable": False, "coupon": {"amount": 5, "min_spend": 99},
                                  "bulk": {"min_items": 20, "rate": 0.95}}, promotions=promotions)
    reply = engine.reply("有优惠吗", item_id=DRESS, now=NO_PROMOTION)
    assert [p.case for p in reply.parts] == cases
    assert reply.parts[-1].facts == {"min_items": 20, "rate": "95折"}



def test_what_the_variant_priced_before_a_haggle_comes_to_is_its_own(make_engine: Callable[..., Engine]) -> None:
    """「钛带多少钱」 … 「能便宜点不」 … 「那到手多少」: the 钛带's 2299 less 100 and the 50 coupon, not each price."""
    watch = {"id": "watch", "name": "GT Pro手表", "price": 1999, "colours": ["钛灰色"],
             "sizes": ["橡胶表带款", "钛金属表带款"], "prices": {"橡胶表带款": 1999, "钛金属表带款": 2299},
             "variant_aliases": {"钛金属表带款": ["钛带"]}}
    engine = make_engine(products=[watch], bargain={"negotiable": False, "coupon": {"amount": 50, "min_spend": 1000}},
                         promotions=[{"name": "满减", "description": "全店满1500减100,可以和店铺券一起用"}])
    conversation = None
    for text in ("钛带多少钱", "能便宜点不", "那到手多少"):
        reply = engine.reply(text, conversation, item_id="watch", now=NO_PROMOTION)
        conversation = reply.conversation
    part = bargain_part(reply)
    assert (part.case, part.facts["net"]) == ("price_net_told_coupon", "2149元")


@pytest.mark.parametrize(("fact", "case", "terms"), [
    ("同款10件起每件35元,50件起每件32元(尺码颜色可以混搭)", "mix_stated_yes", "尺码颜色可以混搭"),
    ("同款10件起每件35元;不同颜色不能混拍", "mix_stated_no", "不同颜色不能混拍"),
])
def test_whether_an_orders_pieces_may_differ_is_told_from_the_products_own_fact(
        make_engine: Callable[..., Engine], fact: str, case: str, terms: str) -> None:
    """「尺码可以混着拍吗」 of T-shirts for a class: whether sizes may be mixed, as the bulk price says
    (its 同款10件起 bars no colour), not the buyer's height and weight asked."""
    tee = {"id": "tee", "name": "定制T恤", "price": 39, "colours": ["白色", "黑色"], "sizes": ["S", "M", "L"],
           "attributes": {"批量价": fact}}
    reply = make_engine(products=[tee], promotions=[]).reply("尺码可以混着拍吗", item_id="tee", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert (part.case, part.facts["terms"]) == (case, terms)
    assert "sizing" not in reply.intents


def test_a_thing_asked_free_that_a_promotion_names_only_before_its_gift_is_the_products_own_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「送笔吗」 while 买笔记本电脑送无线鼠标 runs: 笔 of 笔记本 is not what it gives; the laptop's 手写笔 says."""
    laptop = {"id": "laptop", "name": "轻薄本", "price": 5999, "colours": ["灰色"], "sizes": ["16G+1T"],
              "attributes": {"手写笔": "不送手写笔,需要单独买"}}
    promotions = [{"name": "年终狂欢", "description": "买任意一台笔记本电脑送无线鼠标和鼠标垫",
                   "start": "2026-12-01", "end": "2026-12-31"}]
    reply = make_engine(products=[laptop], promotions=promotions).reply(
        "送笔吗", item_id="laptop", now=dt.datetime(2026, 12, 9, 11))
    part = bargain_part(reply)
    assert part.case == "gift_stated" and "不送手写笔" in part.text


@pytest.mark.parametrize(("now", "shop_wide"), [(IN_PROMOTION, True), (NO_PROMOTION, False)])
def test_deals_asked_of_a_product_with_a_deal_of_its_own_lead_with_it(make_engine: Callable[..., Engine],
                                                                       now: dt.datetime, shop_wide: bool) -> None:
    """「买两个有优惠吗」 of a phone case whose 第二个半价 says so: that, beside what two come to while the
    shop's promotion runs; alone where none does (no 「没有多件优惠」 beside it)."""
    case = {"id": "case", "name": "定制手机壳", "price": 25, "colours": ["透明"], "sizes": ["iPhone16"],
            "attributes": {"第二个半价": "同一个订单买两个手机壳,第二个半价,拍下后客服改价"}}
    reply = make_engine(products=[case], bargain={"bulk": None}).reply("买两个有优惠吗", item_id="case", now=now)
    own = next(p for p in reply.parts if p.case == "promotion_own")
    assert "第二个半价" in own.text
    assert ("双十二预热" in reply.text + reply.suggestion) == shop_wide
    assert "没有" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "deal"), [("买一支送人 有礼袋吗", False), ("买一盒送朋友的", False),
                                            ("买二送一吗", True), ("买3个送1个吗", True)])
def test_bought_to_give_someone_is_no_buy_n_get_one_deal(engine: Engine, text: str, deal: bool) -> None:
    """「买一支送人」: one bought as a present, not 「买N送M」 asked."""
    evidence = engine.reply(text, item_id=DRESS, now=NO_PROMOTION).trace()["evidence"]
    assert any(e.startswith("pattern:买[") for e in evidence) is deal


def test_a_count_priced_after_a_whole_variant_was_named_to_another_intent_is_of_that_variant(
        make_engine: Callable[..., Engine]) -> None:
    """「双c的2米能给iPad用吗」 (a fact) … 「要两根多少钱」: two of 双Type-C 2m at its own 35元 (the example
    shop's 95折 for two: 66.5元), not every variant listed."""
    cable = {"id": "cable", "name": "快充数据线", "price": 29, "colours": ["双Type-C", "C转Lightning"],
             "sizes": ["1m", "2m"], "prices": {"2m": 35, "C转Lightning 1m": 39, "C转Lightning 2m": 45},
             "variant_aliases": {"双Type-C": ["双c"], "2m": ["2米"]},
             "attributes": {"兼容": "双Type-C线适合iPad和安卓手机"}}
    engine = make_engine(products=[cable], promotions=[])
    first = engine.reply("双c的2米能给iPad用吗", item_id="cable", now=NO_PROMOTION)
    reply = engine.reply("要两根多少钱", first.conversation, item_id="cable", now=NO_PROMOTION)
    said = reply.text + reply.suggestion
    assert "2m 双Type-C是35元" in said and "66.5元" in said and "45元" not in said and "29元" not in said


def test_a_haggle_for_fewer_than_its_own_price_for_many_starts_at_is_not_told_those_tiers(
        make_engine: Callable[..., Engine]) -> None:
    """「能便宜点吗 买两件」 of a T-shirt whose 批量价 starts at 10件: not the tiers, which two do not reach."""
    engine = make_engine(products=[TEE], bargain={"bulk": None, "negotiable": False})
    reply = engine.reply("能便宜点吗 买两件", item_id="tee", now=IN_PROMOTION)
    assert "批量价" not in reply.text and "每件39元" not in reply.text


def test_the_price_after_deals_asked_later_is_of_the_size_named_in_a_haggle(make_engine: Callable[..., Engine]) -> None:
    """「3XL便宜点呗」 … 「送点东西呗」 … 「用券的话到手多少」: the 3XL's 45元 less the coupon, not every size's
    price."""
    engine = make_engine(products=[TEE], bargain={"bulk": None, "negotiable": False})
    conversation = None
    for text in ("3XL便宜点呗", "送点东西呗", "用券的话到手多少"):
        reply = engine.reply(text, conversation, item_id="tee", now=IN_PROMOTION)
        conversation = reply.conversation
    assert "45元" in reply.text and "39元" not in reply.text


@pytest.mark.parametrize(("text", "case", "mode"), [
    ("我11月28号买的 双十二会降价吗", "price_protection_within", "handoff"),  # the day bought counted, not 双十二's end
    ("降价了怎么申请价保", "price_protection", "handoff"),  # the days, and how, which the file does not say
])
def test_a_fall_in_price_feared_after_buying_is_the_price_protection(
        make_engine: Callable[..., Engine], text: str, case: str, mode: str) -> None:
    engine = make_engine(bargain={"price_protection_days": 15})
    reply = engine.reply(text, item_id=DRESS, now=IN_PROMOTION)
    assert (bargain_part(reply).case, reply.mode) == (case, mode) and bargain_part(reply).facts["days"] == 15


def test_what_an_old_one_takes_off_asked_alone_is_a_trade_in(engine: Engine) -> None:
    """「大概能抵多少钱」 (after the old phone was named): a person's quote, not the dress's prices."""
    reply = ask(engine, "大概能抵多少钱", now=NO_PROMOTION)
    assert (bargain_part(reply).case, reply.mode) == ("trade_in_unknown", "handoff") and "元" not in reply.text


def test_a_trade_in_no_promotion_or_fact_speaks_of_is_a_persons_not_a_haggle(engine: Engine) -> None:
    reply = ask(engine, "有以旧换新吗", now=IN_PROMOTION)
    assert (bargain_part(reply).case, reply.mode) == ("trade_in_unknown", "handoff")
    assert "议价" not in reply.text and "满299减30" not in reply.text


@pytest.mark.parametrize("text", ["有国家补贴吗", "能用国补不"])
def test_a_state_subsidy_no_promotion_or_fact_speaks_of_is_a_persons_not_a_haggle(engine: Engine, text: str) -> None:
    """「有国家补贴吗」 of a shop whose file says nothing of it: a person says, not 「不讲价」 and the promotions."""
    reply = ask(engine, text, now=IN_PROMOTION)
    assert (bargain_part(reply).case, reply.mode) == ("subsidy_unknown", "handoff")
    assert "议价" not in reply.text and "满299减30" not in reply.text


def test_the_gifts_flavour_asked_is_the_gift_its_promotion_names(make_engine: Callable[..., Engine]) -> None:
    promotion = {"name": "冻干买二送一", "description": "任意口味拍2袋,再送1袋鸡胸肉冻干",
                 "start": dt.date(2026, 12, 1), "end": dt.date(2026, 12, 31), "products": ["wine"]}
    engine = make_engine(products=[WINE], promotions=[promotion], bargain={"negotiable": False})
    reply = engine.reply("送的是啥口味", item_id="wine", now=LAST_DAYS)
    assert reply.intents[0] == "bargain" and "鸡胸肉冻干" in reply.text + reply.suggestion
    assert GIFT not in reply.text + reply.suggestion  # (the promotion's gift asked of, not the shop's own)


def test_a_products_own_fact_of_money_back_on_a_later_order_is_its_deal(make_engine: Callable[..., Engine]) -> None:
    """「吃完了再买正装有优惠吗」 of a trial pack whose 抵扣 says 30天内买正装退5元: that first."""
    trial = {**WINE, "attributes": {"抵扣": "试吃后30天内买同款正装,联系客服退5元"}}
    reply = make_engine(products=[trial]).reply("吃完了再买正装有优惠吗", item_id="wine", now=IN_PROMOTION)
    assert bargain_part(reply).case == "promotion_own" and "退5元" in reply.text


def test_a_count_enough_for_the_rate_for_many_is_told_it_where_prices_never_move_by_hand(
        make_engine: Callable[..., Engine]) -> None:
    """「我们学校要买100件 能便宜点吗」 on Tmall: no price change by hand, and the rate for 20 or more."""
    engine = make_engine(shop={"platform": "tmall"}, bargain={"bulk": {"min_items": 20, "rate": 0.92}})
    reply = ask(engine, "我们学校要买100件 能便宜点吗")
    assert [p.case for p in reply.parts][-1] == "bulk" and "92折" in reply.text


def test_a_product_named_by_a_word_of_haggling_is_priced_not_refused(make_engine: Callable[..., Engine]) -> None:
    """「减震垫多少钱」: the mat's prices; 减 of its name asks for nothing less."""
    mat = {"id": "mat", "name": "跑步机减震垫", "aliases": ["减震垫"], "price": 79, "colours": ["黑色"],
           "sizes": ["小号", "大号"], "prices": {"大号": 109}}
    reply = make_engine(products=[mat], bargain={"negotiable": False}).reply("减震垫多少钱", item_id="mat",
                                                                             now=IN_PROMOTION)
    assert [p.case for p in reply.parts] == ["prices"] and "109元" in reply.text and "讲价" not in reply.text


@pytest.mark.parametrize(("attributes", "case"), [
    ({}, "service_unknown"),  # the file prices no moving: a person, not the unit's own price
    ({"移机": "同城移机每次200元,加长铜管另算"}, "part_price"),  # its own fact prices it
    ({"安装收费": "加长铜管每米90元,移机每次200元"}, "part_price"),  # a clause of the charges names it
])
def test_a_service_asked_the_price_of_is_not_the_goods_price(
        make_engine: Callable[..., Engine], attributes: dict[str, str], case: str) -> None:
    unit = {"id": "ac", "name": "壁挂空调", "price": 2399, "colours": ["白色"], "sizes": ["1.5匹"],
            "attributes": attributes}
    reply = make_engine(products=[unit], promotions=[]).reply("移机多少钱 搬家了", item_id="ac", now=NO_PROMOTION)
    part = bargain_part(reply)
    assert part.case == case and "2399" not in reply.text + reply.suggestion
    unknown = case == "service_unknown"
    assert (reply.mode == "handoff") == unknown and ("200元" in part.text) != unknown


@pytest.mark.parametrize(("text", "gap", "prices"), [
    # each in the variant named, else at their own prices
    ("99新128的差多少钱", "1600元", "iPhone 13 99新 128G 2699元、iPhone 14 Pro 99新 128G 4299元"),
    ("差多少钱", "1500元", "iPhone 13 2399元、iPhone 14 Pro 3899元"),
])
def test_a_gap_asked_right_after_two_products_were_compared_is_between_them(
        make_engine: Callable[..., Engine], text: str, gap: str, prices: str) -> None:
    def phone(pid: str, name: str, alias: str, base: int, prices: dict[str, int]) -> dict[str, object]:
        return {"id": pid, "name": name, "aliases": [alias], "price": base, "colours": ["99新", "95新"],
                "sizes": ["128G", "256G"], "prices": prices, "attributes": {"屏幕": f"{name}的原装屏"}}
    engine = make_engine(products=[phone("p13", "iPhone 13", "13", 2399, {"99新": 2699}),
                                   phone("p14", "iPhone 14 Pro", "14pro", 3899, {"99新": 4299})], promotions=[])
    first = engine.reply("13跟14pro有啥区别", item_id="p13", now=NO_PROMOTION)
    part = bargain_part(engine.reply(text, first.conversation, item_id="p13", now=NO_PROMOTION))
    assert (part.case, part.facts["gap"], part.facts["prices"]) == ("prices_gap", gap, prices)


def test_whether_a_subsidy_claimed_may_be_used_where_the_goods_go_is_its_terms(
        make_engine: Callable[..., Engine]) -> None:
    """「江苏领的 寄到上海能用吗」: the terms of the subsidy (the address must be in the province it was claimed in),
    drafted for a person, not the days to 江苏."""
    subsidy = {"name": "国家补贴", "description": "领取所在省份的补贴资格,立减15%;收货地址要在领资格的省份内"}
    engine = make_engine(promotions=[subsidy])
    reply = engine.reply("我在江苏领的 寄到上海我妈家能用吗", item_id=DRESS, now=NO_PROMOTION)
    assert reply.intents == ("bargain",) and reply.mode != "auto"
    assert bargain_part(reply).case == "promotions" and "领资格的省份内" in reply.suggestion


@pytest.mark.parametrize(("promotions", "case"), [
    ([*_KINDS_OF_PROMOTION, {"name": "年终回馈", "description": "全店满200减20", "start": "2026-12-20",
                             "end": "2026-12-31"}], "promotion_later"),  # the next to start after 双12 ends
    (_KINDS_OF_PROMOTION, "no_later_promotions"),  # none written after it: a person, not 「目前没有活动」
])
def test_deals_after_the_one_named_ends_are_the_next_to_start(
        make_engine: Callable[..., Engine], promotions: list[dict[str, str]], case: str) -> None:
    engine = make_engine(promotions=promotions)
    reply = engine.reply("双12过了还有活动吗", item_id=DRESS, now=dt.datetime(2026, 12, 11, 10))
    part = bargain_part(reply)
    assert part.case == case and (case == "no_later_promotions") == (reply.mode == "handoff")
    told = (part.facts.get("promotion_name"), part.facts.get("start"))
    assert case == "no_later_promotions" or told == ("年终回馈", "12月20日")


def test_the_deals_asked_beside_the_prices_of_a_size_are_told_with_them(make_engine: Callable[..., Engine]) -> None:
    """「50条的有活动没 小的50条多少」 of fish priced by body size and count, while 多送5条 runs: each price, and
    the promotion asked of (a gift, no cut, so not in the prices)."""
    fish = {"id": "neon", "name": "红绿灯", "price": 22, "colours": ["1.5-2cm", "2.5-3cm"], "sizes": ["20条", "50条"],
            "prices": {"1.5-2cm 20条": 22, "1.5-2cm 50条": 49, "2.5-3cm 20条": 39, "2.5-3cm 50条": 89}}
    promotion = {"name": "50条多送5条", "description": "拍50条装的每单多送5条"}
    engine = make_engine(products=[fish], promotions=[promotion], bargain={"negotiable": False, "coupon": None})
    reply = engine.reply("有活动没 50条多少钱", item_id="neon", now=NO_PROMOTION)
    assert [part.case for part in reply.parts][:2] == ["prices", "promotions"] and "多送5条" in reply.text


_AIR_CONDITIONERS = [
    {"id": "yunxiang", "name": "云享新一级壁挂式空调", "category": "壁挂式空调",
     "aliases": ["云享挂机", "一级能效挂机"],
     "price": 2399, "colours": ["白色"], "sizes": ["大1匹", "1.5匹"], "prices": {"1.5匹": 2699}},
    {"id": "qingfeng", "name": "清风新三级壁挂式空调", "category": "壁挂式空调",
     "aliases": ["清风挂机", "三级能效挂机"],
     "price": 1699, "colours": ["白色"], "sizes": ["大1匹", "1.5匹"], "prices": {"1.5匹": 1899}},
    {"id": "floor", "name": "云享立式圆柱柜机", "category": "立式柜机", "aliases": ["柜机", "客厅柜机"],
     "price": 5299, "colours": ["白色"], "sizes": ["2匹", "3匹"], "prices": {"3匹": 6299}},
]


@pytest.mark.parametrize(("first", "text", "prices"), [
    # a kind the wall units' aliases end in, after the floor unit was talked of: the wall units', not the floor's
    ("柜机多少钱", "挂机都多少钱", ["2399-2699元", "1699-1899元"]),
    (None, "挂机多少钱", ["2399-2699元", "1699-1899元"]),
    (None, "云享挂机和清风挂机都多少钱", ["2399-2699元", "1699-1899元"]),  # each one's price, not the two summed
])
def test_the_prices_of_goods_of_a_kind_asked_are_each_ones(
        make_engine: Callable[..., Engine], first: str | None, text: str, prices: list[str]) -> None:
    engine = make_engine(products=_AIR_CONDITIONERS, promotions=[], bargain={
        "negotiable": False, "max_discount": 0, "bulk": None, "coupon": {"amount": 100, "min_spend": 3000}})
    before = engine.reply(first, now=NO_PROMOTION).conversation if first else None
    reply = engine.reply(text, before, now=NO_PROMOTION)
    part = bargain_part(reply)
    assert part.case == "shop_prices" and all(price in reply.text for price in prices)
    assert "5299" not in reply.text and "4098" not in reply.text


_TILL_DOUBLE_TWELVE = {"name": "双12家电节", "description": "全店满3000减200",
                       "start": "2026-12-01", "end": "2026-12-12"}
_SUBSIDY_ALL_MONTH = {"name": "国家补贴", "description": "一级能效立减15%", "start": "2026-01-01", "end": "2026-12-31"}
_BOTH_RUNNING = [_SUBSIDY_ALL_MONTH, _TILL_DOUBLE_TWELVE]
_ON_DOUBLE_TWELVE = {"name": "双12狂欢", "description": "12月12日当天全店满1000减80", "start": "2026-12-12",
                     "end": "2026-12-12"}


@pytest.mark.parametrize(("text", "promotions", "days", "case", "told"), [
    # what runs now, named after the occasion said, till its end, and the price protection covering a fall after it
    ("双十二会不会更便宜 要不要等等", _BOTH_RUNNING, 15, "wait_covered", ["12月12日", "15天"]),
    ("过几天会降价吗", _BOTH_RUNNING, 15, "wait_covered", ["双12家电节", "12月12日"]),
    ("会不会再降价啊", [_TILL_DOUBLE_TWELVE], None, "wait_running", ["12月12日"]),  # no protection written: not said
    ("过两天会便宜吗", [], 15, "price_protection", ["15天"]),  # nothing running: the protection alone
    ("过两天会便宜吗", [], None, "price_protection_unknown", []),  # neither: a person
    ("双12能便宜多少", [_TILL_DOUBLE_TWELVE], 15, "promotions_coupon", ["满3000减200"]),  # the deal asked, no waiting
    # the promotion of the occasion said, not begun: its day and terms (and the protection as written)
    ("双12有活动吗 要不要等", [_TILL_DOUBLE_TWELVE, _ON_DOUBLE_TWELVE], 15, "wait_coming_protected",
     ["12月12日", "满1000减80", "15天"]),
    ("双十二会不会更便宜 要不要等等", [_ON_DOUBLE_TWELVE], None, "wait_coming", ["12月12日", "满1000减80"]),
    # a fall paid back, asked by name with no waiting said: the price protection, not what runs now
    ("过几天降价了能退差价吗", [_TILL_DOUBLE_TWELVE], 0, "no_price_protection", []),
    ("过几天降价了能退差价吗", [_TILL_DOUBLE_TWELVE], 15, "price_protection", ["15天"]),
])
def test_whether_to_wait_for_a_lower_price_is_what_runs_now_and_the_price_protection(
        make_engine: Callable[..., Engine], text: str, promotions: list[dict[str, str]], days: int | None,
        case: str, told: list[str]) -> None:
    engine = make_engine(promotions=promotions, bargain={"price_protection_days": days})
    reply = engine.reply(text, item_id=DRESS, now=dt.datetime(2026, 12, 6, 10))
    assert bargain_part(reply).case == case and all(fact in reply.text + reply.suggestion for fact in told)
    assert (reply.mode == "handoff") == (case == "price_protection_unknown")


def test_goods_added_to_a_variant_priced_before_are_summed_with_it_and_a_cut_for_so_many(
        make_engine: Callable[..., Engine]) -> None:
    """「1.2米原木色多少钱」 then 「那桌子加4把实木款椅子一共多少钱」 while 4把及以上每把立减30 runs for the chairs: the
    1.2米 table just priced and four chairs, 30 off each (3495 -> 3375); two chairs reach no cut."""
    table = {"id": "table", "name": "白蜡木餐桌", "aliases": ["桌子"], "price": 1899, "colours": ["原木色", "胡桃色"],
             "sizes": ["1.2米", "1.4米"], "prices": {"1.4米": 2199}}
    chair = {"id": "chair", "name": "白蜡木餐椅", "aliases": ["椅子"], "price": 399, "colours": ["原木色"],
             "sizes": ["实木款", "软包款"], "prices": {"软包款": 499}}
    many = {"name": "餐椅多买立减", "description": "餐椅一次拍4把及以上,每把立减30元,下单自动减。",
            "start": "2026-12-01", "end": "2026-12-12", "products": ["chair"]}
    engine = make_engine(products=[table, chair], promotions=[many], bargain={"bulk": None, "coupon": None})
    now = dt.datetime(2026, 12, 6, 20)
    first = engine.reply("1.2米原木色多少钱", item_id="table", now=now)
    four = bargain_part(engine.reply("那桌子加4把实木款椅子一共多少钱", first.conversation, item_id="table", now=now))
    assert (four.case, four.facts["total"], four.facts["net"]) == ("products_total_cut", "3495元", "3375元")
    two = bargain_part(engine.reply("那桌子加2把实木款椅子一共多少钱", first.conversation, item_id="table", now=now))
    assert (two.case, two.facts["total"]) == ("products_total", "2697元")


@pytest.mark.parametrize(("text", "cases"), [
    ("熟茶整提多少钱 送茶刀吗", ["price", "gift_stated"]),  # the price, and what its 赠品 says comes with it
    ("整提多少钱", ["price"]),
])
def test_a_gift_asked_in_a_clause_after_the_price_is_told_beside_it(
        make_engine: Callable[..., Engine], text: str, cases: list[str]) -> None:
    puer = {"id": "puer", "name": "勐海普洱茶饼", "price": 198, "colours": ["2016年熟茶"],
            "sizes": ["357g单饼", "整提7饼"], "variant_aliases": {"2016年熟茶": ["熟茶"], "整提7饼": ["整提"]},
            "prices": {"整提7饼": 1299},
            "attributes": {"赠品": "拍整提送一把不锈钢茶刀,单饼不送"}}
    engine = make_engine(products=[puer], promotions=[], bargain={"bulk": None, "coupon": None, "gift": None})
    reply = engine.reply(text, item_id="puer", now=NO_PROMOTION)
    assert [part.case for part in reply.parts] == cases and "1299元" in reply.text
    assert ("茶刀" in reply.text) == ("gift_stated" in cases)


@pytest.mark.parametrize("text", ["旧的已经坏了不转了还能换吗", "旧机要我自己拆下来吗", "旧的要我自己寄吗"])
def test_the_old_one_asked_of_right_after_a_trade_in_is_told_its_terms(
        make_engine: Callable[..., Engine], text: str) -> None:
    """After the trade-in was told, what is asked of the old machine (broken, or who takes it down) is answered
    by its terms (旧机要能通电运转…不用自己拆), not a warranty fact or a hand-off with nothing."""
    trade_in = {"name": "以旧换新", "start": "2026-11-01", "end": "2026-12-31",
                "description": "任意品牌旧洗衣机换新,额外补贴100元;旧机要能通电运转,师傅上门一起拉走,不用自己拆。"}
    engine = make_engine(promotions=[trade_in])
    first = engine.reply("以旧换新怎么弄", item_id=DRESS, now=NO_PROMOTION)
    reply = engine.reply(text, first.conversation, item_id=DRESS, now=NO_PROMOTION)
    assert reply.intents == ("bargain",) and "旧机要能通电运转" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["旧车能抵钱吗", "旧电动车能抵多少"])
def test_the_old_one_asked_of_first_is_told_the_trade_in_running(make_engine: Callable[..., Engine], text: str) -> None:
    """「旧车能抵钱吗」 with no deal told before: the trade-in running says what the old one fetches."""
    trade_in = {"name": "以旧换新", "start": "2026-11-01", "end": "2026-12-31",
                "description": "旧电动车(任意品牌,能推着走、有车架号)折价300元,门店送新车时当场回收旧车。"}
    reply = make_engine(promotions=[trade_in]).reply(text, item_id=DRESS, now=NO_PROMOTION)
    assert reply.intents == ("bargain",) and "折价300元" in reply.text + reply.suggestion


def test_whether_another_kind_goes_right_after_a_promotion_is_its_terms_drafted(
        make_engine: Callable[..., Engine]) -> None:
    """「别的牌子的也行吗」 right after 以旧换新 (旧座椅不限品牌和新旧): its terms, for a person to say yes."""
    trade_in = {"name": "安全座椅以旧换新", "start": "2026-11-01", "end": "2026-12-31",
                "description": "买安全座椅可以以旧换新,旧座椅不限品牌和新旧,审核通过后上门回收,补贴100元。"}
    engine = make_engine(promotions=[trade_in])
    first = engine.reply("以旧换新怎么弄", item_id=DRESS, now=NO_PROMOTION)
    then = engine.reply("别的牌子的也行吗", first.conversation, item_id=DRESS, now=NO_PROMOTION)
    assert then.parts[0].case == "promotions" and "不限品牌" in then.text + then.suggestion


@pytest.mark.parametrize(("text", "reached"), [("买两箱能送吗", True), ("买一箱能送吗", False)])
def test_a_gift_asked_of_a_count_whose_sum_reaches_a_gift_for_a_spend_is_that_gift(
        make_engine: Callable[..., Engine], text: str, reached: bool) -> None:
    """Boxes at 115元 while 满128元送一个嗦粉碗 runs: two reach it (230元), that gift; one does not."""
    noodles = {"id": "noodles", "name": "螺蛳粉", "price": 13.9, "colours": ["原味"], "sizes": ["单袋", "10袋整箱"],
               "prices": {"10袋整箱": 115}, "variant_aliases": {"10袋整箱": ["一箱", "整箱"]}}
    bowl = {"name": "满128送嗦粉碗", "description": "单笔实付满128元送一个不锈钢嗦粉碗,送完为止。",
            "start": "2026-12-01", "end": "2026-12-31"}
    reply = make_engine(products=[noodles], promotions=[bowl]).reply(text, item_id="noodles",
                                                                     now=dt.datetime(2026, 12, 5, 10))
    assert (reply.parts[0].case == "gift_reached") is reached
    assert not reached or "嗦粉碗" in reply.text


def test_the_old_one_asked_of_with_no_trade_in_written_goes_to_a_person_not_a_haggle_refused(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(promotions=[], bargain={"negotiable": False})  # (a shop that does not haggle)
    reply = engine.reply("我旧的是兄弟的激光机能抵多少", item_id=DRESS, now=NO_PROMOTION)
    assert (reply.parts[0].case, reply.mode) == ("unclear", "handoff") and "不议价" not in reply.text + reply.suggestion


def test_a_thing_asked_to_be_given_that_the_box_lists_is_told_the_box_not_its_own_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「送墨水吗」 of a printer with a 墨水 fact of yields (which a 耗材 deal names) and a 内含 listing 一套墨水."""
    printer = {"id": "printer", "name": "墨仓式打印机", "price": 899, "colours": ["白色"], "sizes": ["标准"],
               "attributes": {"墨水": "用原装003墨水,黑色一瓶约4500页", "内含": "主机、随机一套4色原装墨水、电源线"}}
    deal = {"name": "耗材囤货季", "description": "墨水、硒鼓同一款买3件及以上打9折。", "start": "2026-12-01",
            "end": "2026-12-31"}
    reply = make_engine(products=[printer], promotions=[deal]).reply("送墨水吗", item_id="printer",
                                                                     now=dt.datetime(2026, 12, 5, 10))
    said = reply.text + reply.suggestion
    assert reply.parts[0].case == "gift_stated" and "随机一套4色原装墨水" in said and "4500页" not in said


@pytest.mark.parametrize(("text", "case"), [
    ("送刷头吗", "gift_stated"),  # whether it comes with it: the box says
    ("送个刷头呗 送了我就拍", "no_gift"),  # one more begged on top: there is no gift, not the box again
    ("再送一个刷头呗", "no_gift"),
])
def test_a_thing_begged_on_top_is_no_question_of_what_the_box_holds(make_engine: Callable[..., Engine], text: str,
                                                                    case: str) -> None:
    brush = {"id": "brush", "name": "电动牙刷", "price": 199, "colours": ["白色"], "sizes": ["标准版"],
             "attributes": {"内含": "主机1支、刷头2支、充电座1个"}}
    engine = make_engine(products=[brush], promotions=[], bargain={"gift": None, "coupon": None})
    part = engine.reply(text, item_id="brush", now=dt.datetime(2026, 12, 5, 10)).parts[0]
    assert part.case == case


@pytest.mark.parametrize(("text", "sent"), [
    ("公司要30盒 能便宜多少", False),  # an organisation's order of many, no rate for many written: a person prices it
    ("单位采购20盒有优惠吗", False),
    ("买3盒能便宜吗", True),  # a buyer's own few: the deals, sent
    ("公司要2盒 有优惠吗", True),
])
def test_an_organisations_order_of_many_with_no_rate_for_many_is_drafted_for_a_person(
        make_engine: Callable[..., Engine], text: str, sent: bool) -> None:
    tea = {"id": "tea", "name": "正山小种礼盒", "price": 268, "colours": ["桂圆香"], "sizes": ["礼盒装250g"],
           "stock": {"桂圆香": {"礼盒装250g": 40}}}
    engine = make_engine(products=[tea], promotions=[], bargain={
        "negotiable": False, "max_discount": 0, "bulk": None, "coupon": {"amount": 10, "min_spend": 199}})
    reply = engine.reply(text, item_id="tea", now=NO_PROMOTION)
    assert reply.intents[0] == "bargain" and (reply.mode == "auto") is sent
    assert "199" in reply.text + reply.suggestion  # the coupon, told or drafted


def test_a_thing_asked_free_by_its_last_character_and_zi_is_the_fact_so_named(
        make_engine: Callable[..., Engine]) -> None:
    """「送杆子吗」 of a street lamp whose 灯杆 says 不含灯杆: that fact, not 安装's mention of 杆子."""
    lamp = {"id": "lamp", "name": "太阳能路灯", "price": 229, "colours": ["白光"], "sizes": ["200W"],
            "attributes": {"安装": "配抱箍支架,能装在直径50到80mm的杆子上", "灯杆": "不含灯杆(立杆要自己准备)"}}
    reply = make_engine(products=[lamp]).reply("送杆子吗", item_id="lamp", now=NO_PROMOTION)
    assert bargain_part(reply).case == "gift_stated" and "不含灯杆" in reply.text and "抱箍" not in reply.text


def test_a_count_said_is_never_another_products_variant_called_so(make_engine: Callable[..., Engine]) -> None:
    """「两个7米的加一个22米的 一共多少钱」 on a string light's page, where the owner calls the wall light's 2只装 两个:
    two 7米 and one 22米 (167元), not a wall light added."""
    lights = {"id": "lights", "name": "太阳能灯串", "price": 39, "colours": ["暖白"], "sizes": ["7米", "22米"],
              "prices": {"22米": 89}}
    wall = {"id": "wall", "name": "感应壁灯", "price": 49, "colours": ["黑色"], "sizes": ["单只", "2只装"],
            "variant_aliases": {"2只装": ["两只", "两个"]}, "prices": {"2只装": 89}}
    engine = make_engine(products=[lights, wall], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("两个7米的加一个22米的 一共多少钱", item_id="lights", now=NO_PROMOTION))
    assert part.facts["total"] == "167元" and "壁灯" not in str(part.facts["prices"])


def test_one_piece_said_is_never_another_products_variant_of_one_piece(make_engine: Callable[..., Engine]) -> None:
    """「一把20cm的加一个32cm的锅 一共多少」 on a knife's page, where a sharpening service sells 单把 (一把): the
    knife and the wok, 358元, no service added."""
    knife = {"id": "knife", "name": "主厨刀", "price": 199, "colours": ["不锈钢"], "sizes": ["20cm"]}
    wok = {"id": "wok", "name": "炒锅", "aliases": ["锅"], "price": 159, "colours": ["燃气款"], "sizes": ["32cm"]}
    service = {"id": "sharpen", "name": "磨刀服务", "price": 39, "colours": ["普通磨刀"], "sizes": ["单把", "三把"],
               "variant_aliases": {"单把": ["一把"]}, "prices": {"三把": 99}}
    engine = make_engine(products=[knife, wok, service], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply("一把20cm的加一个32cm的锅 一共多少", item_id="knife", now=NO_PROMOTION))
    assert part.facts["total"] == "358元" and "磨刀" not in str(part.facts)


def test_a_clause_pricing_something_added_on_is_no_cut_of_the_goods(make_engine: Callable[..., Engine]) -> None:
    """「全套398的能用满减吗」 while 满399减40 runs beside 加购后备箱垫半价: 1元 short of it, the coupon on top."""
    mats = {"id": "mats", "name": "皮革脚垫", "price": 398, "colours": ["黑色"], "sizes": ["全套五座"],
            "variant_aliases": {"全套五座": ["全套"]}}
    promotions = [{"name": "双12", "description": "全店满399减40,结算时自动减,可以和店铺券一起用。",
                   "start": "2026-12-01", "end": "2026-12-12"},
                  {"name": "脚垫加购", "description": "买脚垫全套,加购后备箱垫半价。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["mats"]}]
    engine = make_engine(products=[mats], promotions=promotions,
                         bargain={"bulk": None, "coupon": {"amount": 20, "min_spend": 299}})
    for text in ("全套398的能用满减吗", "全套满减后多少钱"):
        reply = engine.reply(text, item_id="mats", now=dt.datetime(2026, 12, 9, 14))
        assert bargain_part(reply).case in ("price_short_coupon", "price_net_short_coupon"), text
        assert "1元" in reply.text and "378元" in reply.text, text


@pytest.mark.parametrize(("text", "case", "told"), [
    ("平装的能参加满减吗", "price_short_coupon", ["1元", "89元"]),  # 99元 is 1元 short of 每满100, past the 满99 coupon
    ("精装的能参加满减吗", "price_net_told_coupon", ["168元", "108元"]),  # it reaches it: what it comes to
])
def test_whether_one_takes_part_in_a_spend_off_is_how_far_short_it_falls(
        make_engine: Callable[..., Engine], text: str, case: str, told: list[str]) -> None:
    classics = {"id": "classics", "name": "四大名著", "price": 99, "colours": ["全4册"], "sizes": ["平装", "精装"],
                "prices": {"精装": 168}}
    every = {"name": "图书双12", "description": "每满100减50,上不封顶,可以和店铺券一起用", "start": "2026-12-01",
             "end": "2026-12-12"}
    engine = make_engine(products=[classics], promotions=[every],
                         bargain={"bulk": None, "coupon": {"amount": 10, "min_spend": 99}})
    reply = engine.reply(text, item_id="classics", now=dt.datetime(2026, 12, 6, 10))
    assert bargain_part(reply).case == case and all(fact in reply.text for fact in told)


@pytest.mark.parametrize(("days", "case"), [(0, "no_price_protection"), (15, "price_protection_within")])
def test_a_difference_asked_back_after_a_later_deal_is_the_price_protection(
        make_engine: Callable[..., Engine], days: int, case: str) -> None:
    """「我11月28号买的 现在第二盒半价了 能补差价不」: the shop's price protection (none: said so), not the deals."""
    engine = make_engine(bargain={"price_protection_days": days})
    reply = engine.reply("我11月28号买的 现在第二盒半价了 能补差价不", item_id=DRESS, now=dt.datetime(2026, 12, 6, 10))
    assert bargain_part(reply).case == case


def test_a_sum_at_the_rate_for_so_many_that_reaches_no_promotion_is_told_at_that_rate(
        make_engine: Callable[..., Engine]) -> None:
    """头盔 99元 and 锁 59元 at 满2件97折, beside a 满2000减100 they fall short of and a half-price second
    helmet neither is: the rate, not 「现在有：」 with no terms after it."""
    helmet = {"id": "helmet", "name": "半盔", "aliases": ["头盔"], "price": 99, "colours": ["黑色"], "sizes": ["均码"]}
    lock = {"id": "lock", "name": "U型锁", "aliases": ["锁"], "price": 59, "colours": ["黑色"], "sizes": ["均码"]}
    promotions = [{"name": "双十二满减", "description": "全店满2000减100。", "start": "2026-12-01",
                   "end": "2026-12-12"},
                  {"name": "头盔第二个半价", "description": "头盔拍两个,第二个半价。", "start": "2026-12-01",
                   "end": "2026-12-31", "products": ["helmet"]}]
    engine = make_engine(products=[helmet, lock], promotions=promotions,
                         bargain={"bulk": {"min_items": 2, "rate": 0.97}})
    part = bargain_part(engine.reply("头盔和锁一起买多少", item_id="lock", now=dt.datetime(2026, 12, 5, 16, 30)))
    assert (part.case, part.facts["total"]) == ("products_total_bulk", "153.26元") and "：下单" not in part.text


@pytest.mark.parametrize(("then", "told"), [("那贵妃位呢", "268元"), ("三人位加一个贵妃一共多少钱", "666元")])
def test_a_variant_whose_name_holds_a_word_of_haggling_is_priced_not_haggled_over(
        make_engine: Callable[..., Engine], then: str, told: str) -> None:
    """贵 of a sofa cover's 贵妃位 says nothing of the price being dear."""
    cover = {"id": "cover", "name": "定制沙发套", "price": 198, "colours": ["奶咖"],
             "sizes": ["单人位", "三人位", "贵妃位"], "prices": {"三人位": 398, "贵妃位": 268},
             "variant_aliases": {"贵妃位": ["贵妃"]}}
    engine = make_engine(products=[cover], promotions=[], bargain={"negotiable": False, "bulk": None})
    first = engine.reply("三人位多少钱", item_id="cover", now=NO_PROMOTION)
    reply = engine.reply(then, first.conversation, item_id="cover", now=NO_PROMOTION)
    assert reply.parts[0].case.startswith(("price", "products_total", "prices")) and told in reply.text
    assert "实在" not in reply.text


_ROAD_TYRE = {"id": "tyre", "name": "公路车外胎", "aliases": ["公路胎", "外胎"], "price": 129, "colours": ["黑色"],
         "sizes": ["700x23c", "700x25c"], "variant_aliases": {"700x25c": ["25c"], "700x23c": ["23c"]}}
_PEDALS = {"id": "pedal", "name": "培林脚踏", "aliases": ["脚踏", "锁踏", "平踏"], "price": 79, "colours": ["黑色"],
          "sizes": ["平踏", "SPD锁踏"], "prices": {"SPD锁踏": 159}, "variant_aliases": {"SPD锁踏": ["锁踏", "spd"]}}


@pytest.mark.parametrize(("text", "total"), [
    ("25c两条再加一对锁踏 一共多少钱", "417元"),  # 129 × 2 + 159: the tyre named by its size alone
    ("25c两条再加一对平踏 一共多少钱", "337元"),  # 平踏 names the pedals and the one of them
    ("公路胎25c两条再加一对平踏 一共多少钱", "337元"),
])
def test_goods_named_by_a_size_or_by_a_name_that_is_also_their_variant_are_summed_as_counted(
        make_engine: Callable[..., Engine], text: str, total: str) -> None:
    engine = make_engine(products=[_ROAD_TYRE, _PEDALS], promotions=[], bargain={"bulk": None, "coupon": None})
    part = bargain_part(engine.reply(text, item_id="tyre", now=NO_PROMOTION))
    assert (part.case, part.facts["total"]) == ("products_total", total)


def test_a_gift_asked_on_goods_a_gift_promotion_leaves_out_is_the_shops_own_gift(
        make_engine: Callable[..., Engine]) -> None:
    """「那送个表带总行吧」 on a diver's watch, while 机械表送表带 runs for another watch only, of a shop that gives
    一根替换表带 to one who haggles: that gift, not the promotion it has no part in."""
    auto = {"id": "auto", "name": "自动机械表", "price": 1899, "colours": ["银色"], "sizes": ["40mm"]}
    diver = {"id": "diver", "name": "潜水机械表", "price": 2299, "colours": ["黑色"], "sizes": ["42mm"]}
    strap = [{"name": "机械表送表带", "description": "买自动机械表送一根真皮替换表带(颜色随机)。",
              "start": "2026-12-01", "end": "2026-12-15", "products": ["auto"]}]
    engine = make_engine(products=[auto, diver], promotions=strap, bargain={"gift": "一根替换表带"})
    part = part_of(engine.reply("那送个表带总行吧", item_id="diver", now=dt.datetime(2026, 12, 9, 14)), "bargain")
    assert part.case in ("gift", "gift_coupon") and "一根替换表带" in part.text


@pytest.mark.parametrize(("now", "cases"), [
    (dt.datetime(2026, 12, 8, 15), ["promotions", "promotion_later"]),  # the half price starts 12月10日: told to come
    (dt.datetime(2026, 12, 11, 15), ["promotions"]),  # both run already: those running
])
def test_a_sales_day_named_tells_the_promotions_that_will_run_on_it(
        make_engine: Callable[..., Engine], now: dt.datetime, cases: list[str]) -> None:
    """「双十二有活动吗」, no promotion named after it: those running that still run on 12月12日, and each one that
    starts by then with its start (鱼油第二件半价 from 12月10日), not today's alone."""
    promotions = [{"name": "年终囤货节", "description": "全店满299减30", "start": "2026-12-01", "end": "2026-12-12"},
                  {"name": "第二件半价", "description": "同款第二件半价", "start": "2026-12-10", "end": "2026-12-12"},
                  {"name": "元旦特惠", "description": "全店9折", "start": "2026-12-28", "end": "2027-01-01"}]
    engine = make_engine(promotions=promotions, bargain={"coupon": None, "bulk": None})
    reply = engine.reply("双十二有活动吗", item_id=DRESS, now=now)
    assert [part.case for part in reply.parts] == cases and "元旦特惠" not in reply.text
    assert ("12月10日" in reply.text) is (len(cases) == 2) and "满299减30" in reply.text
