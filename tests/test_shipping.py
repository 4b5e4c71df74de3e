"""shipping: ship day, couriers, delivery days, fees, remote and special regions, origin.

The example shop ships from 浙江杭州, cut-off 16:00, working mon..sat, holidays 2027-01-01
and 2027-02-05..2027-02-12; default courier 中通; 顺丰 +12元, EMS +8元; base fee 8元,
free over 99元; remote regions +15元 and never free; 港澳台 by 顺丰 for 35元 in 4-7 days.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from support import assert_says, part_of

from botcore.conversation import Conversation
from botcore.shop import Shop, load_shop
from botcore.text import span
from engine import Engine, Part, Reply
from intents import Question
from intents.shipping import ShippingQuestion

TUESDAY = dt.datetime(2026, 12, 1, 10, 0)
FRIDAY = dt.date(2026, 11, 27)
COURIERS = "中通、圆通、韵达、顺丰、EMS"
DEFAULT_AND_OTHERS = {"courier": "中通", "couriers": "圆通、韵达、顺丰(补12元)、EMS(补8元)"}


def ask(engine: Engine, text: str, *, now: dt.datetime = TUESDAY) -> Reply:
    return engine.reply(text, item_id="dress-floral", now=now)


def shipping_part(reply: Reply) -> Part:
    return part_of(reply, "shipping")


def answered(engine: Engine, message: str, now: dt.datetime, case: str, facts: dict[str, str]) -> Reply:
    """The reply to ``message`` at ``now``, whose shipping part has ``case`` and ``facts``."""
    reply = ask(engine, message, now=now)
    part = shipping_part(reply)
    assert part.case == case
    assert {k: part.facts[k] for k in facts} == facts
    return reply


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


# --- when it ships -------------------------------------------------------------------------


@pytest.mark.parametrize("now", [at(dt.date(2027, 1, 2), 10, 0), at(dt.date(2027, 3, 9), 10, 0)])
def test_today_in_a_year_whose_days_off_are_not_published_is_not_promised(engine: Engine, now: dt.datetime) -> None:
    reply = ask(engine, "今天发货吗", now=now)
    part = shipping_part(reply)
    assert (part.case, part.facts["year"], reply.mode) == ("today_unknown", "2027年", "handoff")
    assert "今天" in reply.text and "2027年" in reply.text


@pytest.mark.parametrize(
    ("now", "case", "ship_day"),
    [
        (at(FRIDAY, 15, 59), "ship_today", "今天"),
        (at(FRIDAY, 16, 1), "ship_later", "明天(周六)"),
        (at(dt.date(2026, 11, 28), 16, 30), "ship_later", "后天(周一)"),  # Saturday after cut-off
        (at(dt.date(2026, 11, 29), 10, 0), "ship_later", "明天(周一)"),  # Sunday is not a working day
        # 2027-01-01 is a holiday, and the rest of 2027's days off are not published: not promised
        (at(dt.date(2026, 12, 31), 17, 0), "ship_unknown", "后天(周六)"),
        (at(dt.date(2027, 1, 1), 9, 0), "ship_unknown", "明天(周六)"),  # on the holiday itself
        (at(dt.date(2027, 2, 4), 17, 0), "ship_unknown", "周六(2月13日)"),  # after the shop's spring break
    ],
)
@pytest.mark.parametrize("message", ["今天能发货吗", "现在拍什么时候能发货"])
def test_ship_day_follows_cutoff_working_days_and_holidays(
    engine: Engine, message: str, now: dt.datetime, case: str, ship_day: str
) -> None:
    reply = ask(engine, message, now=now)
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_day"]) == (case, ship_day)
    assert part.facts.get("cutoff", "16:00") == "16:00"
    assert_says(reply, ship_day)
    if case == "ship_today":
        assert "16:00" in reply.text


def test_shop_working_monday_to_friday_ships_friday_evening_orders_on_monday(
    make_engine: Callable[..., Engine],
) -> None:
    weekdays_only = make_engine(shipping={"working_days": ["mon", "tue", "wed", "thu", "fri"]})
    reply = ask(weekdays_only, "今天还能发货吗", now=at(FRIDAY, 16, 1))
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_day"]) == ("ship_later", "周一(11月30日)")
    assert_says(reply, "周一(11月30日)")


def test_cutoff_comes_from_the_shop(make_engine: Callable[..., Engine]) -> None:
    late = make_engine(shipping={"cutoff": dt.time(18, 0)})
    reply = ask(late, "今天能发货吗", now=at(FRIDAY, 17, 0))
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_day"], part.facts["cutoff"]) == ("ship_today", "今天", "18:00")


# --- couriers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "case", "facts"),
    [
        ("发什么快递", "courier_default", DEFAULT_AND_OTHERS),
        ("能发圆通吗", "courier_ok", {"courier": "圆通"}),
        ("可以发顺丰吗", "courier_surcharge", {"courier": "顺丰", "surcharge": "12元"}),
        ("能发ems吗", "courier_surcharge", {"courier": "EMS", "surcharge": "8元"}),
        ("可以发京东快递吗", "courier_no", {"courier": "京东", "couriers": COURIERS}),
        ("能发申通吗", "courier_no", {"courier": "申通", "couriers": COURIERS}),
        # which one by default, and the one named: both answered by the list with its surcharges
        ("发什么快递 能走顺丰吗", "courier_default", DEFAULT_AND_OTHERS),
        ("默认哪家 发ems吗", "courier_default", DEFAULT_AND_OTHERS),
        # a courier the shop has not, asked beside which one: the list it can send with
        ("发什么快递 能发申通吗", "courier_no", {"courier": "申通", "couriers": COURIERS}),
    ],
)
def test_courier_answers_from_the_shops_courier_list(
    engine: Engine, message: str, case: str, facts: dict[str, str]
) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert part.case == case
    assert dict(part.facts) == facts
    assert_says(reply, *facts.values())


@pytest.mark.parametrize("message", ["可以发sf吗", "顺风快递可以发吗", "发顺风要加钱吗"])
def test_courier_aliases_mean_the_same_courier(engine: Engine, message: str) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert part.case == "courier_surcharge"
    assert dict(part.facts) == {"courier": "顺丰", "surcharge": "12元"}
    assert_says(reply, "顺丰", "12元")


# --- delivery days and regions -------------------------------------------------------------


@pytest.mark.parametrize(("message", "case", "handoff"), [
    ("几天到", "days_unknown", True),  # the days asked: a person says them
    ("发吉林几天到", "region_days_unknown", True),
    ("周五能到北京吗", "arrive_unknown", True),
    ("发青海吗", "region_surcharge", False),  # what it costs is written: that, without days
    ("发青海几天能到", "region_surcharge", True),  # ... and the days asked: a person says them
])
def test_a_file_giving_no_days_to_a_region_never_says_any(make_engine: Callable[..., Engine], message: str,
                                                          case: str, handoff: bool) -> None:
    """No default_delivery_days and no line of delivery_days for the place: no days are told (not
    2-4天, a number nobody wrote); where they were asked, a person says them."""
    silent = make_engine(shipping={"default_delivery_days": None, "delivery_days": {"江苏": [1, 2]},
                                   "remote_free_shipping": None})
    reply = ask(silent, message)
    part = shipping_part(reply)
    assert (part.case, reply.mode == "handoff") == (case, handoff)
    assert "天到" not in reply.text and part.facts.get("days") is None
    assert ("road_days_unknown" in [p.case for p in reply.parts]) is (case == "region_surcharge" and handoff)
    assert shipping_part(ask(silent, "发江苏几天到")).facts["days"] == "1-2"  # the line it has is told


@pytest.mark.parametrize(
    ("message", "region", "days"),
    [
        ("寄到江苏几天能到", "江苏", "1-2"),
        ("发到北京要几天", "北京", "2-4"),  # not listed: default_delivery_days
        ("广州几天能到", "广东", "3-5"),  # a city counts as its province
        ("我在成都，多久能收到", "四川", "3-5"),
    ],
)
def test_delivery_days_by_region(engine: Engine, message: str, region: str, days: str) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert part.case == "delivery"
    assert (part.facts["region"], part.facts["days"], part.facts["ship_day"]) == (region, days, "今天")
    assert_says(reply, region, days)


@pytest.mark.parametrize(("message", "days"), [("到北京几天", "3-7"), ("广州几天能到", "3-7")])
def test_delivery_days_a_products_own_terms_give_go_before_the_shops(shop: Shop, message: str, days: str) -> None:
    terms = "定制款15天左右发货;物流发出后浙江省内1到2天到,其他省份一般3到7天,新疆、西藏7到12天"
    products = [p.model_copy(update={"attributes": {**p.attributes, "配送方式": terms}})
                if p.id == "dress-floral" else p for p in shop.products]
    engine = Engine(shop.model_copy(update={"products": products}))
    assert shipping_part(ask(engine, message)).facts["days"] == days  # not the shop's table (北京 2-4)
    named = shipping_part(ask(engine, "杭州几天能到"))  # a region its terms name: those terms, as written
    assert named.case == "own_terms" and "浙江省内1到2天到" in named.facts["terms"]


def test_the_dates_to_a_remote_region_are_told_then_what_it_costs(engine: Engine) -> None:
    reply = ask(engine, "到新疆几号能到", now=at(FRIDAY, 10))
    cases = [p.case for p in reply.parts if p.intent == "shipping"]
    assert cases == ["delivery_dates", "remote_fee"]
    assert "月" in reply.parts[0].facts["dates"] and "15元" in reply.text  # the dates, and the 偏远 surcharge


@pytest.mark.parametrize(("terms", "days"), [
    ("压力罐只走陆运,比普通快递慢1到2天", "3-6"),  # the table's 2-4 to 北京, and one or two more
    ("江浙沪最慢2天到", "2-4"),  # at most 2 days somewhere else: nothing more to 北京
])
def test_a_product_said_to_be_slower_than_the_usual_takes_those_days_more(shop: Shop, terms: str, days: str) -> None:
    engine = with_dress(shop, attributes={"配送方式": terms})
    part = shipping_part(ask(engine, "到北京几天"))
    assert (part.case, part.facts["days"]) == ("delivery", days)


def test_delivery_days_without_a_region_use_the_default(engine: Engine) -> None:
    reply = ask(engine, "一般几天能到")
    part = shipping_part(reply)
    assert (part.case, part.facts["days"]) == ("delivery_default", "2-4")
    assert_says(reply, "2-4")


@pytest.mark.parametrize(
    ("message", "region", "days"),
    [
        ("新疆包邮吗", "新疆", "5-8"),
        ("寄到乌鲁木齐要多久", "新疆", "5-8"),
        ("内蒙古运费多少", "内蒙古", "2-4"),
    ],
)
def test_remote_region_adds_the_surcharge_and_is_not_free(engine: Engine, message: str, region: str, days: str) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert part.case == "remote"  # not remote_free: remote_free_shipping is false
    assert (part.facts["region"], part.facts["surcharge"], part.facts["days"]) == (region, "15元", days)
    assert part.facts["total"] == "23元"  # the base fee (8元) and the surcharge: what the parcel pays
    assert "threshold" not in part.facts
    assert_says(reply, region, "15元", "23元", days)
    assert "99元" not in reply.text


@pytest.mark.parametrize("follow_up", ["几天能到", "运费多少"])
def test_the_region_told_before_answers_the_days_and_the_fee_asked_after(engine: Engine, follow_up: str) -> None:
    told = engine.reply("我在新疆", now=TUESDAY)
    assert told.conversation.region == "新疆"
    reply = engine.reply(follow_up, told.conversation, now=TUESDAY)
    part = shipping_part(reply)
    assert (part.case, part.facts["region"], part.facts["surcharge"], part.facts["days"]) == ("remote", "新疆", "15元",
                                                                                              "5-8")
    assert "99元" not in reply.text  # not the free-shipping rule of other regions
    assert engine.reply("一般几天能到", now=TUESDAY).parts[0].facts["days"] == "2-4"  # nobody said where: the default


@pytest.mark.parametrize(("message", "case"), [
    ("发新疆吗", "remote_free"),  # it goes there, at nothing more
    ("新疆包邮吗", "region_threshold"),  # the fee asked: the shop's rule, as anywhere (满99包邮)
    ("发新疆吗 运费多少", "region_threshold"),
])
def test_remote_region_of_a_shop_that_ships_there_free(make_engine: Callable[..., Engine], message: str,
                                                       case: str) -> None:
    generous = make_engine(shipping={"remote_free_shipping": True})
    part = shipping_part(ask(generous, message))
    assert (part.case, part.facts["region"], part.facts["days"]) == (case, "新疆", "5-8")
    assert "surcharge" not in part.facts
    assert case == "remote_free" or (part.facts["threshold"], part.facts["base_fee"]) == ("99元", "8元")


@pytest.mark.parametrize("message", ["新疆包邮吗", "发新疆呢", "新疆运费多少"])
def test_remote_region_of_a_shop_that_never_says_it_loses_free_shipping_is_told_the_surcharge_as_said(
        make_engine: Callable[..., Engine], message: str) -> None:
    silent = make_engine(shipping={"remote_free_shipping": None})
    reply = ask(silent, message)
    part = shipping_part(reply)
    assert (part.case, part.facts["region"], part.facts["surcharge"]) == ("region_surcharge", "新疆", "15元")
    assert "total" not in part.facts  # no sum the file does not give (not 8元 + 15元)
    assert "23元" not in reply.text and "不包邮" not in reply.text and "不参加包邮" not in reply.text


@pytest.mark.parametrize(
    ("message", "region"), [("香港能寄吗", "香港"), ("台湾能发吗", "台湾"), ("澳门几天到", "澳门")]
)
def test_hong_kong_macau_taiwan_follow_the_special_rule(engine: Engine, message: str, region: str) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert part.case == "special"
    assert (part.facts["region"], part.facts["courier"], part.facts["fee"], part.facts["days"]) == (
        region,
        "顺丰",
        "35元",
        "4-7",
    )
    assert_says(reply, region, "顺丰", "35元", "4-7")


def test_hong_kong_when_the_shop_does_not_ship_there(make_engine: Callable[..., Engine]) -> None:
    mainland_only = make_engine(shipping={"special_regions": {"ships": False}})
    reply = ask(mainland_only, "香港能寄吗")
    part = shipping_part(reply)
    assert (part.case, part.facts["region"]) == ("special_no", "香港")
    assert_says(reply, "香港")
    assert "35元" not in reply.text


@pytest.mark.parametrize(("text", "region"), [
    ("港澳能发吗", "港澳"), ("港澳台发货吗", "港澳台"), ("澳门能寄吗", "澳门"),
])
def test_the_special_regions_named_together_are_answered_together(make_engine: Callable[..., Engine], text: str,
                                                                  region: str) -> None:
    """「港澳能发吗」: the one rule of the three, said of 港澳 (not of 香港 alone, Macau dropped)."""
    part = shipping_part(ask(make_engine(shipping={"special_regions": {"ships": False}}), text))
    assert (part.case, part.facts["region"]) == ("special_no", region)
    assert region in part.text


# --- fees and origin -------------------------------------------------------------------------


@pytest.mark.parametrize("message", ["包邮吗", "运费多少", "满多少包邮", "包油吗", "包由不",  # (as they sound)
                                     "包有吗", "亲 包有么"])  # (typed 包有, alone: no stock asked)
def test_free_shipping_threshold(engine: Engine, message: str) -> None:
    reply = engine.reply(message, now=TUESDAY)  # no product page: the rule itself
    assert reply.intents == ("shipping",)
    part = shipping_part(reply)
    assert part.case == "fee_threshold"
    assert dict(part.facts) == {"threshold": "99元", "base_fee": "8元"}
    assert_says(reply, "99元", "8元")


def test_shop_that_always_ships_free(make_engine: Callable[..., Engine]) -> None:
    always_free = make_engine(shipping={"free_shipping_over": 0, "remote_surcharge": 0, "region_surcharge": {}})
    reply = ask(always_free, "包邮吗")
    assert shipping_part(reply).case == "fee_free"
    assert_says(reply, "包邮")
    assert "8元" not in reply.text


def test_shop_that_ships_free_but_to_regions_that_pay_more_names_them(make_engine: Callable[..., Engine]) -> None:
    free = make_engine(shipping={"free_shipping_over": 0, "region_surcharge": {"广东": 20}})
    part = shipping_part(ask(free, "包邮吗"))
    assert part.case == "fee_free_except"
    assert "广东" in str(part.facts["regions"]) and "新疆" in str(part.facts["regions"])  # its own, and the remote


def test_shop_that_never_ships_free_quotes_its_base_fee(make_engine: Callable[..., Engine]) -> None:
    never_free = make_engine(shipping={"free_shipping_over": None, "base_fee": 10})
    reply = ask(never_free, "运费多少")
    part = shipping_part(reply)
    assert (part.case, dict(part.facts)) == ("fee_paid", {"base_fee": "10元"})
    assert_says(reply, "10元")


@pytest.mark.parametrize(
    ("over", "message", "case", "facts"),
    [
        # 满3件包邮 alone: the count decides, whatever the items cost
        (None, "包邮吗", "fee_threshold", {"threshold": "3件", "base_fee": "8元"}),
        (None, "这件包邮吗", "fee_item_paid", {"price": "169元", "threshold": "3件"}),
        (None, "三件包邮吗", "fee_item_free", {"price": "3份共507元", "threshold": "3件"}),
        # 满99元或3件: either one reached ships free
        (99, "运费多少", "fee_threshold", {"threshold": "99元或3件", "base_fee": "8元"}),
        (99, "这件包邮吗", "fee_item_free", {"price": "169元"}),
    ],
)
def test_free_shipping_by_the_number_of_items(make_engine: Callable[..., Engine], over: float | None, message: str,
                                              case: str, facts: dict[str, str]) -> None:
    by_count = make_engine(shipping={"free_shipping_over": over, "free_shipping_items": 3})
    reply = ask(by_count, message)
    part = shipping_part(reply)
    assert (part.case, {k: part.facts[k] for k in facts}) == (case, facts)
    assert_says(reply, *facts.values())


@pytest.mark.parametrize(("message", "case"), [("这件包邮吗", "fee_item_paid"), ("两件T恤包邮吗", "fee_item_free")])
def test_two_items_of_a_shop_free_from_two_ship_free_whatever_they_cost(
        make_engine: Callable[..., Engine], message: str, case: str) -> None:
    by_count = make_engine(shipping={"free_shipping_over": 500, "free_shipping_items": 2})
    part = shipping_part(by_count.reply(message, item_id="tee-basic", now=TUESDAY))
    assert (part.case, part.facts["threshold"]) == (case, "500元或2件")


@pytest.mark.parametrize(("text", "case", "price"), [
    ("3团包邮吗", "fee_item_free", "3团共38.4元"),  # its own 3团 reached
    ("2团包邮吗", "fee_item_paid", "2团共25.6元"),  # neither its 3团 nor the shop's 99元
    ("8团包邮吗", "fee_item_free", "8团共102.4元"),
])
def test_a_products_own_free_shipping_from_a_count_is_weighed_with_the_count_asked(
        make_engine: Callable[..., Engine], text: str, case: str, price: str) -> None:
    yarn = {"id": "yarn", "name": "羊毛线", "price": 12.8, "colours": ["燕麦"], "sizes": ["50g"],
            "attributes": {"包邮": "毛线任意3团及以上包邮(不同色号可以混拍)"}}
    engine = make_engine(products=[yarn])
    part = shipping_part(engine.reply(text, item_id="yarn", now=TUESDAY))
    assert (part.case, part.facts["price"], part.facts["threshold"]) == (case, price, "3团或99元")
    assert case == "fee_item_free" or "8元" in part.text  # the shop's fee where it is not free


def test_two_products_named_together_count_as_two_items(make_engine: Callable[..., Engine]) -> None:
    by_count = make_engine(shipping={"free_shipping_over": None, "free_shipping_items": 2})
    part = shipping_part(by_count.reply("加一件打底衫一起包邮吗", item_id="tee-basic", now=TUESDAY))
    assert (part.case, part.facts["price"]) == ("fee_item_free", "128元")


@pytest.mark.parametrize("message", ["哪里发货", "你们从哪个城市发货", "是杭州发货吗", "是广州发的吗"])  # (not sent to)
def test_origin_is_the_shops_province_and_city(engine: Engine, message: str) -> None:
    reply = ask(engine, message)
    part = shipping_part(reply)
    assert (part.case, dict(part.facts)) == ("origin", {"origin": "浙江杭州"})
    assert_says(reply, "浙江杭州")


@pytest.mark.parametrize(("message", "cases"), [
    ("你们哪里发货 到北京几天", ["origin", "delivery"]),  # where it leaves from, then the days to the place
    ("从哪发 包邮吗", ["origin", "fee_item_free"]),  # and what it costs (the page's 169元 ships free)
])
def test_where_it_leaves_from_asked_with_another_question_answers_both(
        engine: Engine, message: str, cases: list[str]) -> None:
    reply = ask(engine, message)
    assert [p.case for p in reply.parts] == cases and reply.parts[0].facts["origin"] == "浙江杭州"
    assert_says(reply, "浙江杭州")


@pytest.mark.parametrize(("province", "city", "origin"), [
    ("北京", "北京", "北京"), ("上海", "上海市", "上海市"), ("广东", "", "广东"), ("浙江", "杭州", "浙江杭州"),
])
def test_a_city_that_is_its_own_province_is_said_once(make_engine: Callable[..., Engine], province: str, city: str,
                                                       origin: str) -> None:
    engine = make_engine(shipping={"ship_from": province, "ship_from_city": city})
    part = shipping_part(ask(engine, "从哪发货"))
    assert (part.case, part.facts["origin"]) == ("origin", origin)


# --- fees on the item's own price, regions of their own, the day's cut-off, pre-sales ------


@pytest.mark.parametrize(
    ("item", "message", "case", "says"),
    [
        ("dress-floral", "这件包邮吗", "fee_item_free", ["169元", "99元"]),  # 169 is over the 99 threshold
        ("tee-basic", "这件包邮吗", "fee_item_paid", ["59元", "99元", "8元"]),
        ("tee-basic", "两件T恤包邮吗", "fee_item_free", ["118元", "99元"]),  # two at 59 are over 99
        ("dress-floral", "包邮吗", "fee_item_free", ["169元", "99元"]),  # the page's own price clears it alone
        ("tee-basic", "包邮吗", "fee_threshold", ["99元", "8元"]),  # not pointed at, short of it alone: the rule
        ("dress-floral", "在吗 这个包油吗", "fee_item_free", ["169元", "99元"]),  # 包油 as it sounds, still this one
        ("tee-basic", "这个包游不", "fee_item_paid", ["59元", "99元", "8元"]),
        # another put with the one on the page is one parcel: 59 + 69 are over 99; alone, 69 is not
        ("tee-basic", "加一件打底衫一起包邮吗", "fee_item_free", ["重磅纯棉圆领T恤和德绒高领打底衫", "128元", "99元"]),
        ("tee-basic", "打底衫包邮吗", "fee_item_paid", ["德绒高领打底衫", "69元", "8元"]),
    ],
)
def test_free_shipping_is_said_on_the_items_own_price(
    engine: Engine, shop: Shop, item: str, message: str, case: str, says: list[str]
) -> None:
    product = shop.product(item)
    if product is None:
        pytest.skip(f"the example shop has no {item}")
    reply = engine.reply(message, item_id=item, now=TUESDAY)
    part = shipping_part(reply)
    assert part.case == case
    assert_says(reply, *says)


def test_a_region_not_delivered_to_is_said_plainly(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"no_delivery_regions": ["西藏"]})
    reply = ask(engine, "拉萨能发吗")
    part = shipping_part(reply)
    assert (part.case, part.facts["region"]) == ("no_delivery", "西藏")
    assert_says(reply, "西藏")
    assert "天" not in reply.suggestion + reply.text  # no delivery days for a place it does not go


def test_a_region_surcharge_of_its_own_overrides_the_remote_one(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"region_surcharge": {"新疆": 20, "青海": 6}})
    assert shipping_part(ask(engine, "新疆包邮吗")).facts["surcharge"] == "20元"
    assert shipping_part(ask(engine, "青海西宁包邮吗")).facts["surcharge"] == "6元"


def test_a_courier_that_serves_some_regions_only(make_engine: Callable[..., Engine]) -> None:
    couriers = [{"name": "中通"}, {"name": "顺丰", "surcharge": 10, "regions": ["浙江", "上海"], "days": [1, 2]}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通"})
    far = shipping_part(ask(engine, "乌鲁木齐能发顺丰吗"))
    assert (far.case, far.facts["couriers"]) == ("courier_not_there", "中通")
    near = shipping_part(ask(engine, "杭州能发顺丰吗"))
    assert (near.case, near.facts["surcharge"]) == ("courier_surcharge", "10元")


@pytest.mark.parametrize(
    ("now", "ship_day", "cutoff"),
    [
        (dt.datetime(2026, 12, 5, 11, 0), "今天", "12:00"),  # a Saturday before its own 12:00 cut-off
        # after it (no shipping on Sundays): the cut-off said is Monday's, the day it ships, not Saturday's
        (dt.datetime(2026, 12, 5, 13, 0), "后天(周一)", "16:00"),
    ],
)
def test_a_weekday_has_its_own_cut_off(make_engine: Callable[..., Engine], now: dt.datetime, ship_day: str,
                                       cutoff: str) -> None:
    engine = make_engine(shipping={"cutoffs": {"sat": "12:00"}})
    part = shipping_part(ask(engine, "今天能发吗", now=now))
    assert (part.facts["ship_day"], part.facts["cutoff"]) == (ship_day, cutoff)


def test_national_holidays_are_followed_without_listing_them(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": []})
    # 2026-09-30 after the cut-off: 10-01 to 10-07 are 国庆 holidays, 10-10 (Saturday) a make-up working day
    part = shipping_part(ask(engine, "今天能发吗", now=dt.datetime(2026, 9, 30, 17, 0)))
    assert part.facts["ship_day"] == "周四(10月8日)"
    closed = make_engine(shipping={"holidays": [], "national_holidays": False})
    assert shipping_part(ask(closed, "今天能发吗", now=dt.datetime(2026, 9, 30, 17, 0))).facts["ship_day"] == \
        "明天(周四)"


def with_dress(shop: Shop, *, sold_out: bool = False, **fields: object) -> Engine:
    """The example shop with dress-floral's ``fields`` changed (``sold_out``: none of it left)."""
    data = shop.model_dump()
    for product in data["products"]:
        if product["id"] == "dress-floral":
            product.update(fields)
            if sold_out:
                product["stock"] = {colour: dict.fromkeys(product["sizes"], 0) for colour in product["colours"]}
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.mark.parametrize("presale", [False, True])
def test_days_to_a_place_a_products_own_words_price_are_told_from_the_day_it_leaves(shop: Shop, presale: bool) -> None:
    """配送方式 「只发德邦,包邮;新疆、西藏德邦要另外补50元」 of a big tent: 新疆 is reached (at a price), so
    「到乌鲁木齐要几天」 is told the days, counted from its pre-sale date where it has one."""
    terms = {"配送方式": "箱子大只发德邦快递,包邮;新疆、西藏德邦要另外补50元"}
    engine = with_dress(shop, sold_out=presale, attributes=terms,
                        restock=[{"date": dt.date(2026, 12, 18), "presale": True}] if presale else [])
    reply = ask(engine, "到乌鲁木齐要几天")
    days = next((p for p in reply.parts if p.case == "delivery"), shipping_part(reply))
    assert "days" in days.facts and days.facts.get("region") == "新疆"
    assert ("12月18日" in reply.text) == presale and ("今天" not in reply.text or not presale)


@pytest.mark.parametrize(("facts", "said"), [
    ({"配送方式": "红酒从上海仓发货,只走京东物流"}, "红酒从上海仓发货"),  # its own warehouse, in its own words
    ({"发货时间": "从下单起三天内发货"}, "浙江杭州"),  # when it leaves, not where from: the shop's
])
def test_where_a_product_leaves_from_is_its_own_words_where_they_say(
        shop: Shop, facts: dict[str, str], said: str) -> None:
    part = shipping_part(ask(with_dress(shop, attributes=facts), "你们从哪发货的"))
    assert said in part.text


def test_a_presale_product_says_its_ship_date_not_today(shop: Shop) -> None:
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True}])
    reply = ask(engine, "现在拍什么时候发货")
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_date"]) == ("presale", "12月18日")
    assert "今天" not in reply.suggestion + reply.text


@pytest.mark.parametrize(("own", "case"), [
    ("付完尾款后15到30天内按顺序发货,最晚12月18日前发出", "product_ship_time"),  # of the pre-sale: its words
    ("预售款付完尾款后15天内发货", "product_ship_time"),
    ("现货16点前付款当天发", "presale"),  # of goods in stock: the pre-sale's date
])
def test_a_presales_own_words_of_when_it_ships_are_told_over_its_date(shop: Shop, own: str, case: str) -> None:
    """「付完尾款多久发货」 of a pre-sale to 12-18 whose 发货时间 says 最晚12月18日前: not 「12月18日开始发货」."""
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True}],
                        attributes={"发货时间": own})
    assert shipping_part(ask(engine, "付完尾款多久发货")).case == case


def test_a_presale_of_one_colour_is_the_products_ship_date_where_the_rest_is_gone_for_good(shop: Shop) -> None:
    """米白色 on pre-sale to 12-18; the other colours sold out with no date to come: no order of them."""
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True,
                                                        "colour": "米白色"}])
    part = shipping_part(ask(engine, "什么时候发货"))
    assert (part.case, part.facts["ship_date"]) == ("presale", "12月18日")
    assert shipping_part(ask(engine, "黑色什么时候发货")).case == "sold_out"  # that one asked: it is gone
    later = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True,
                                                       "colour": "米白色"}, {"date": dt.date(2026, 12, 20),
                                                                             "colour": "黑色"}])
    assert shipping_part(ask(later, "什么时候发货")).case != "presale"  # 黑色 comes back: not the pre-sale's alone


def test_the_ship_date_of_a_variant_on_presale_asked_after_its_stock_names_that_variant(shop: Shop) -> None:
    """Only 米白色 M is on pre-sale; the rest is in stock: 「那什么时候发货」 after asking of it is of it."""
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["stock"]["米白色"]["M"] = 0
    dress["restock"] = [{"date": dt.date(2026, 12, 18), "presale": True, "colour": "米白色", "size": "M"}]
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    first = engine.reply("米白色M有货吗", item_id="dress-floral", now=TUESDAY)
    part = shipping_part(engine.reply("那什么时候发货", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert (part.case, part.facts["ship_date"], part.facts["product"]) == ("presale", "12月18日",
                                                                           "法式碎花长袖连衣裙 米白色 M")


@pytest.mark.parametrize(("text", "mode"), [
    ("今天能发吗", "auto"),  # one set: today, nothing of the class orders' time
    ("要45套 今天能发吗", "suggest"),  # forty-five sets: the class orders' 5 to 7 days, which a person counts
])
def test_a_ship_time_for_orders_of_so_many_rules_such_an_order_alone(shop: Shop, text: str, mode: str) -> None:
    engine = with_dress(shop, attributes={"班级订单": "30套以上的班级团购付款后5到7天发完,开学前要穿请提前两周下单"})
    reply = ask(engine, text, now=at(FRIDAY, 10))
    assert ("30套以上的班级团购付款后5到7天发完" in reply.text + reply.suggestion) is (mode != "auto")
    assert (reply.mode == "auto") is (mode == "auto")
    assert "今天" in reply.text + reply.suggestion


def test_a_presale_arriving_on_a_day_the_shop_does_not_ship_ships_the_next_it_does(shop: Shop) -> None:
    data = shop.model_dump()
    data["shipping"]["holidays"] = [dt.date(2026, 12, 18)]  # the shop's own day off
    engine = with_dress(Shop.model_validate(data), sold_out=True,
                        restock=[{"date": dt.date(2026, 12, 18), "presale": True}])
    part = shipping_part(ask(engine, "现在拍什么时候发货"))
    assert (part.case, part.facts["ship_date"]) == ("presale", "12月19日")


def test_days_to_a_region_of_a_presale_count_from_its_ship_date(shop: Shop) -> None:
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True}])
    part = shipping_part(ask(engine, "寄北京几天到", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["ship_day"]) == ("delivery", "周五(12月18日)")


def test_whether_a_presale_arrives_by_a_day_counts_from_its_ship_date(shop: Shop) -> None:
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 18), "presale": True}])
    part = shipping_part(ask(engine, "周六能到吗", now=dt.datetime(2026, 12, 3, 10)))  # Saturday 12-05
    assert (part.case, part.facts["ship_day"]) == ("arrive_no", "周五(12月18日)")


@pytest.mark.parametrize(("restock", "back"), [
    ([("标准装", "2026-12-18"), ("豪华套装", "2026-12-15")], "12月15日"),  # every size back some day: the first
    ([("标准装", "2026-12-18")], None),  # one with no day: none promised
])
def test_when_goods_all_sold_out_ship_is_the_first_day_one_of_them_comes_back(
        make_engine: Callable[..., Engine], restock: list[tuple[str, str]], back: str | None) -> None:
    grinder = {"id": "grinder", "name": "角磨机", "price": 189, "colours": ["220V"], "sizes": ["标准装", "豪华套装"],
               "stock": {"220V": {"标准装": 0, "豪华套装": 0}},
               "restock": [{"colour": "220V", "size": size, "date": day} for size, day in restock]}
    part = shipping_part(make_engine(products=[grinder]).reply("啥时候能发", item_id="grinder",
                                                               now=dt.datetime(2026, 12, 8, 15)))
    assert (part.case, part.facts.get("restock_date")) == (("sold_out_restock", back) if back else ("sold_out", None))


def test_days_to_a_region_of_a_sold_out_variant_say_it_is_sold_out(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10)  # 雾霾蓝 M: none left, back on 12-05
    asked = engine.reply("雾霾蓝M今天能发吗", item_id="dress-floral", now=now)
    part = shipping_part(asked)
    assert (part.case, part.facts["restock_date"]) == ("sold_out_restock", "12月5日")
    later = shipping_part(engine.reply("寄上海几天到", asked.conversation, item_id="dress-floral", now=now))
    # the variant named before, not 「今天发」: when it comes back, and the days to 上海 after it
    assert (later.case, later.facts["restock_date"], later.facts["region"]) == ("sold_out_restock_days", "12月5日",
                                                                                "上海")


def test_a_sold_out_variant_made_to_order_says_when_it_comes_back_and_its_own_time_from_then(shop: Shop) -> None:
    """印章都是现刻,付款后2到3天发货: back on 12-05, then that; not 「到货后发出」 as if it left that day."""
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 5)}],
                        attributes={"发货时间": "都是现做的,付款后2到3天发货"})
    part = shipping_part(ask(engine, "几天能发", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["restock_date"], part.facts["ship_time"]) == (
        "sold_out_restock_own", "12月5日", "都是现做的,付款后2到3天发货")


def test_whether_a_sold_out_variant_arrives_by_a_day_says_it_is_sold_out(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10)  # 雾霾蓝 M: none left, back on 12-05
    asked = engine.reply("雾霾蓝M有吗", item_id="dress-floral", now=now)
    part = shipping_part(engine.reply("周六能到吗", asked.conversation, item_id="dress-floral", now=now))
    assert (part.case, part.facts["restock_date"]) == ("sold_out_restock", "12月5日")  # not 「今天发,周六能到」


def test_a_fee_asked_for_a_region_says_the_fee_and_the_days_not_ask_for_the_province(engine: Engine) -> None:
    reply = ask(engine, "寄到江苏包邮吗")
    part = shipping_part(reply)
    assert part.case == "region_threshold"
    assert (part.facts["region"], part.facts["threshold"], part.facts["base_fee"]) == ("江苏", "99元", "8元")
    assert "省份" not in reply.text


def test_a_courier_asked_with_how_many_days_says_them(make_engine: Callable[..., Engine]) -> None:
    couriers = [{"name": "中通"}, {"name": "德邦", "surcharge": 30, "regions": ["湖南"], "days": [3, 5]}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通"})
    part = shipping_part(ask(engine, "长沙的 指定德邦可以不 几天到"))
    assert (part.case, part.facts["surcharge"], part.facts["days"]) == ("courier_surcharge_days", "30元", "3-5")


@pytest.mark.parametrize(
    ("message", "case", "ship_day"),
    [
        ("晚上八点拍的什么时候发", "paid_late", "明天(周三)"),  # after the 16:00 cut-off: tomorrow
        ("晚上下单明天发吗", "paid_late", "明天(周三)"),
        ("下午五点半付款今天能发吗", "paid_late", "明天(周三)"),
        ("下午3点前付款今天能发吗", "ship_today", "今天"),  # before the cut-off
        ("明天晚上下单什么时候发", "paid_late", "后天(周四)"),  # tomorrow's evening: the day after
        ("三点以后拍还能发吗", "ship_today", "今天"),  # a bare 3 o'clock is 15:00, not 3 a.m.
        ("那5点以后拍的呢", "paid_late", "明天(周三)"),  # asked as a follow-up, on its own words
        ("5点前拍能发吗", "ship_today", "今天"),  # before 17:00 may be before 16:00 or not: the cut-off is said
    ],
)
def test_a_time_of_day_the_buyer_pays_at_is_held_against_the_cutoff(engine: Engine, message: str, case: str,
                                                                   ship_day: str) -> None:
    part = shipping_part(ask(engine, message))
    assert (part.case, part.facts["ship_day"], part.facts["cutoff"]) == (case, ship_day, "16:00")


# --- holidays ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "now", "case", "facts"),
    [
        ("国庆发货吗", dt.datetime(2026, 9, 20, 10), "days_off",  # 10-08 is a Thursday, a working day
         {"holiday": "国庆节放假", "dates": "10月1日至10月7日", "last_ship": "周三(9月30日)",
          "resume": "周四(10月8日)"}),
        ("五一期间发货吗", dt.datetime(2026, 4, 20, 15), "days_off",
         {"holiday": "劳动节放假", "dates": "5月1日至5月5日", "last_ship": "周四(4月30日)", "resume": "周三(5月6日)"}),
        ("国庆放假吗", dt.datetime(2026, 10, 3, 10), "days_off_now",
         {"holiday": "国庆节放假", "last": "10月7日", "resume": "周四(10月8日)"}),
        ("中秋发货吗", dt.datetime(2026, 9, 24, 22), "days_off_missed",  # the eve's 16:00 cut-off is past
         {"holiday": "中秋节放假", "dates": "9月25日至9月27日", "resume": "周一(9月28日)"}),
        ("你们放假吗", dt.datetime(2026, 7, 1, 10), "days_off_none", {"cutoff": "16:00"}),  # 中秋 is 86 days off
        ("春节发货吗", dt.datetime(2026, 12, 3, 10), "days_off_unknown", {"holiday": "春节"}),  # no 2027 data yet
    ],
)
def test_a_holiday_asked_is_answered_from_the_national_calendar(
    make_engine: Callable[..., Engine], message: str, now: dt.datetime, case: str, facts: dict[str, str],
) -> None:
    reply = answered(make_engine(shipping={"holidays": []}), message, now, case, facts)
    assert (reply.mode == "handoff") == (case == "days_off_unknown")  # dates not known: a person confirms


def test_the_shops_own_days_off_are_said_when_the_holidays_dates_are_not_known(engine: Engine) -> None:
    reply = ask(engine, "过年放假吗 几号停发", now=dt.datetime(2026, 12, 3, 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["dates"]) == ("days_off_unknown_own", "1月1日、2月5日至2月12日")
    assert reply.mode == "handoff"


@pytest.mark.parametrize(("now", "case"), [
    (dt.datetime(2026, 12, 10, 19), "arrive_yes"),  # there by 13 December: before 21 January, the earliest 春节
    (dt.datetime(2027, 1, 18, 19), "days_off_unknown_own"),  # there after 20 January: the year's dates decide
])
def test_arriving_before_the_spring_festival_is_told_where_it_arrives_before_the_earliest_it_falls(
        engine: Engine, now: dt.datetime, case: str) -> None:
    reply = ask(engine, "发广州过年前能到吗", now=now)
    part = shipping_part(reply)
    assert part.case == case
    assert (reply.mode == "auto") == (case == "arrive_yes")
    assert case != "arrive_yes" or (part.facts["weekday"], part.facts["region"]) == ("春节前", "广东")


def test_days_off_without_a_holiday_named_are_the_next_ones(engine: Engine) -> None:
    part = shipping_part(ask(engine, "你们放假吗", now=dt.datetime(2026, 9, 20, 10)))
    assert (part.case, part.facts["holiday"], part.facts["dates"], part.facts["resume"]) == \
        ("days_off", "中秋节放假", "9月25日至9月27日", "周一(9月28日)")
    # the shop's own 1 January, but whether 2 January ships is not known before 2027's calendar
    unsure = shipping_part(ask(engine, "你们放假吗", now=dt.datetime(2026, 12, 3, 10)))
    assert (unsure.case, unsure.facts["dates"]) == ("days_off_unknown_own", "1月1日、2月5日至2月12日")


def test_a_shop_that_works_through_national_holidays_ships_on_them(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": [], "national_holidays": False})
    part = shipping_part(ask(engine, "国庆发货吗", now=dt.datetime(2026, 9, 20, 10)))
    assert (part.case, part.facts["holiday"]) == ("holiday_open", "国庆节")


def test_a_shop_that_keeps_only_its_own_days_off_says_them_when_a_holiday_is_asked(
        make_engine: Callable[..., Engine]) -> None:
    own = [dt.date(2027, 2, 4) + dt.timedelta(days=n) for n in range(10)]
    engine = make_engine(shipping={"holidays": own, "national_holidays": False})
    reply = ask(engine, "过年发货吗", now=dt.datetime(2026, 12, 3, 10))  # not 「春节期间照常发货」
    assert (shipping_part(reply).case, shipping_part(reply).facts["dates"], reply.mode) == \
        ("days_off_own", "2月4日至2月13日", "handoff")


@pytest.mark.parametrize("text", ["元旦放假吗", "元旦发货吗", "元旦送花吗 放不放假"])
def test_a_fixed_holiday_the_shops_own_days_off_leave_out_ships_as_usual(
        make_engine: Callable[..., Engine], text: str) -> None:
    """A florist open every day but 2月6日-10日 (its own): 元旦 ships as usual, not 「2月6日至2月10日不发货」,
    also of goods it takes round itself."""
    own = [dt.date(2027, 2, 6) + dt.timedelta(days=n) for n in range(5)]
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵"],
            "attributes": {"配送范围": "只做成都同城配送,不发快递", "预订时间": "当天16点前付款可以当天送到"}}
    engine = make_engine(products=[rose], shipping={"holidays": own, "national_holidays": False,
                                                   "working_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]})
    part = shipping_part(engine.reply(text, item_id="rose", now=dt.datetime(2026, 12, 24, 11)))
    assert (part.case, part.facts["holiday"]) == ("holiday_open", "元旦")


@pytest.mark.parametrize(
    ("couriers", "case", "surcharge"),
    [
        (["顺丰"], "fee_threshold_courier", "12元"),  # 顺丰 only, at 12元 more: said beside the fee rule
        (["EMS", "顺丰"], "fee_threshold_courier", "8元"),  # the cheaper of its couriers
        (["中通", "顺丰"], "fee_threshold", None),  # one goes at no surcharge: the shop's rule alone
    ],
)
def test_a_product_that_goes_only_by_a_dearer_courier_says_its_surcharge_with_the_fee(
    shop: Shop, couriers: list[str], case: str, surcharge: str | None,
) -> None:
    part = shipping_part(ask(with_dress(shop, couriers=couriers), "运费多少"))
    assert (part.case, part.facts.get("surcharge"), part.facts["threshold"], part.facts["base_fee"]) == \
        (case, surcharge, "99元", "8元")


@pytest.mark.parametrize("message", ["过年礼盒现在能下单吗", "中秋月饼礼盒今天能发吗"])
def test_a_holiday_in_a_products_name_asks_no_days_off(engine: Engine, message: str) -> None:
    assert not shipping_part(ask(engine, message)).case.startswith(("days_off", "holiday"))


def test_new_years_day_is_off_before_the_calendar_has_its_year(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": []})  # the package has no 2027 data: 1 January is off all the same
    part = shipping_part(ask(engine, "什么时候发", now=dt.datetime(2026, 12, 31, 17)))
    assert part.facts["ship_day"] == "后天(周六)"


def _only_by(shop: Shop, courier: str, days: list[int] | None = None) -> Engine:
    """The example shop with dress-floral going by ``courier`` only (taking ``days``)."""
    couriers = [c.model_copy(update={"days": tuple(days)}) if c.name == courier and days else c
                for c in shop.shipping.couriers]
    return with_dress(shop.model_copy(update={"shipping": shop.shipping.model_copy(update={"couriers": couriers})}),
                      couriers=[courier])


def test_a_product_that_goes_by_one_courier_names_it_and_its_days(shop: Shop) -> None:
    engine = _only_by(shop, "顺丰", [1, 2])
    which = shipping_part(ask(engine, "发什么快递"))
    assert (which.case, which.facts["courier"], which.facts["surcharge"]) == \
        ("courier_product_surcharge", "顺丰", "12元")
    days = shipping_part(ask(engine, "寄到广东几天"))  # 顺丰's own 1-2 days, not the table's 3-5
    assert (days.case, days.facts["days"], days.facts["courier"]) == ("delivery", "1-2", "顺丰")


def test_a_product_whose_own_fact_says_its_courier_costs_nothing_more_is_told_no_surcharge(shop: Shop) -> None:
    engine = with_dress(shop, couriers=["顺丰"], attributes={"配送方式": "礼盒统一发顺丰,不用补差价"})
    which = shipping_part(ask(engine, "发什么快递"))
    assert (which.case, which.facts["courier"]) == ("courier_product", "顺丰")  # not 「补12元」 from the shop's table
    asked = shipping_part(ask(engine, "发顺丰要加钱吗"))
    assert asked.case == "own_terms" and asked.facts["terms"] == "礼盒统一发顺丰,不用补差价"
    assert "12元" not in shipping_part(ask(engine, "包邮吗")).text


def test_a_product_whose_shop_pays_the_postage_by_its_one_courier(shop: Shop) -> None:
    """配送方式: 只发顺丰并且保价,运费我们出;偏远地区顺丰要补30元 (the shop's 顺丰 costs 12元 more)."""
    terms = "只发顺丰并且保价,运费我们出;偏远地区顺丰要补30元"
    engine = with_dress(shop, couriers=["顺丰"], attributes={"配送方式": terms})
    which = shipping_part(ask(engine, "是顺丰吗"))
    assert which.case == "courier_ok" and "12元" not in which.text
    free = shipping_part(ask(engine, "包邮吗"))
    assert free.case == "own_terms" and "运费我们出" in free.facts["terms"] and "12元" not in free.text
    far = shipping_part(ask(engine, "新疆包邮吗"))  # the product's remote clause, not the shop's 10元 + 15元
    assert (far.case, far.facts["terms"]) == ("own_terms", "偏远地区顺丰要补30元")
    near = shipping_part(ask(engine, "顺丰几天到杭州"))  # 顺丰's own days; no remote clause for 浙江
    assert near.case == "courier_ok_days" and "30元" not in near.text and "12元" not in near.text


def test_two_products_named_in_one_line_are_weighed_together_against_free_shipping(shop: Shop) -> None:
    """满99包邮: notebooks at 60元, and gel pens at 45元 named by 黑笔, their alias of 黑色."""
    data = shop.model_dump()
    data["products"] = [
        {"id": "notebook", "name": "笔记本", "price": 60, "colours": ["横线"], "sizes": ["一盒"]},
        {"id": "pens", "name": "中性笔", "price": 45, "colours": ["黑色", "蓝色"], "sizes": ["一盒"],
         "variant_aliases": {"黑色": ["黑笔"], "蓝色": ["蓝笔"]}}]
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    both = shipping_part(engine.reply("一盒笔记本加一盒黑笔包邮吗", item_id="notebook", now=TUESDAY))
    assert (both.case, both.facts["price"]) == ("fee_item_free", "105元")
    alone = shipping_part(engine.reply("笔记本包邮吗", item_id="notebook", now=TUESDAY))
    assert (alone.case, alone.facts["price"]) == ("fee_item_paid", "60元")


def _kit_and_glasses(shop: Shop) -> Engine:
    data = shop.model_dump()
    data["products"] = [
        {"id": "kit", "name": "眼镜清洁套装", "price": 19.9, "colours": ["标准"], "sizes": ["一套"]},
        {"id": "reader", "name": "老花镜", "price": 79, "colours": ["黑色"], "sizes": ["200度", "300度"]}]
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.mark.parametrize("text", ["和老花镜一起买包邮吗", "加个老花镜包邮吗"])
def test_the_page_and_another_named_to_be_bought_with_it_are_weighed_together(shop: Shop, text: str) -> None:
    """满99包邮: the kit at 19.9元 on its page, with the glasses at 79元 beside it: 98.9元, short of 99."""
    part = shipping_part(_kit_and_glasses(shop).reply(text, item_id="kit", now=TUESDAY))
    assert (part.case, part.facts["price"]) == ("fee_item_paid", "98.9元")
    assert part.facts["product"] == "眼镜清洁套装和老花镜一起"


@pytest.mark.parametrize(("then", "price"), [("和老花镜一起买呢", "98.9元"), ("老花镜呢", "79元")])
def test_another_product_named_right_after_the_fee_asks_the_fee_of_it(shop: Shop, then: str, price: str) -> None:
    engine = _kit_and_glasses(shop)
    first = engine.reply("这个包邮吗", item_id="kit", now=TUESDAY)
    part = shipping_part(engine.reply(then, first.conversation, item_id="kit", now=TUESDAY))
    assert (part.case, part.facts["price"]) == ("fee_item_paid", price)


def test_each_variants_courier_in_one_fact_is_that_variants_alone(shop: Shop) -> None:
    """配送方式: S和M走中通;XL包装大,走顺丰 (no 只): the XL goes by 顺丰, the S by 中通."""
    engine = with_dress(shop, attributes={"配送方式": "S和M走中通;XL包装大,走顺丰"})
    xl = shipping_part(ask(engine, "XL发什么快递"))
    assert (xl.case, xl.facts["courier"]) == ("courier_product", "顺丰")
    small = shipping_part(ask(engine, "S码发什么快递"))
    assert (small.case, small.facts["courier"]) == ("courier_product", "中通")


def test_couriers_a_fact_names_as_the_only_ones_are_the_products_with_its_own_surcharge(shop: Shop) -> None:
    """配送方式: 箱子大,只发中通和顺丰;指定顺丰另加20元 (the shop's 顺丰 costs 12元 more, and it also has 韵达)."""
    engine = with_dress(shop, attributes={"配送方式": "箱子大,只发中通和顺丰;指定顺丰另加20元"})
    refused = shipping_part(ask(engine, "发韵达吗"))
    assert (refused.case, refused.facts["couriers"]) == ("courier_not_for_product", "中通、顺丰")
    which = shipping_part(ask(engine, "发什么快递"))
    assert (which.case, which.facts["courier"], which.facts["couriers"]) == ("courier_default", "中通", "顺丰(补20元)")


def test_the_shops_couriers_are_listed_with_what_the_products_own_fact_says_one_costs_more(shop: Shop) -> None:
    terms = "竿子是长条包裹;指定顺丰超长件要另加15元;新疆只能走EMS,偏远另加30元"
    engine = with_dress(shop, attributes={"配送方式": terms})
    which = shipping_part(ask(engine, "发什么快递"))
    assert which.case == "courier_default"
    assert "顺丰(补15元)" in which.facts["couriers"] and "EMS(补8元)" in which.facts["couriers"]


def test_the_courier_a_products_fact_says_it_goes_by_unless_asked_is_told_not_the_shops(shop: Shop) -> None:
    """配送方式: 整件默认发顺丰,指定EMS要另加10元 (the shop sends by 中通): 顺丰, or EMS at 10元 more; never 中通."""
    engine = with_dress(shop, attributes={"配送方式": "整件默认发顺丰,指定EMS要另加10元"})
    which = shipping_part(ask(engine, "发什么快递"))
    assert (which.case, which.facts["courier"], which.facts["couriers"]) == ("courier_default", "顺丰", "EMS(补10元)")
    today = shipping_part(ask(engine, "今天能发货吗"))
    assert today.facts["courier"] == "顺丰"


@pytest.mark.parametrize("terms", ["默认发中通,可以补差价发顺丰", "走快递全国发货,默认中通,可以加钱发顺丰"])
def test_a_difference_owed_with_no_sum_is_the_shops_surcharge(shop: Shop, terms: str) -> None:
    engine = with_dress(shop, attributes={"配送方式": terms})
    part = shipping_part(ask(engine, "发顺丰要加多少"))
    assert (part.case, part.facts["surcharge"]) == ("courier_surcharge", "12元")
    first = engine.reply("寄到广东几天", item_id="dress-floral", now=TUESDAY)
    then = shipping_part(engine.reply("顺丰呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert then.case != "own_terms" and then.facts.get("surcharge") == "12元"  # the courier's terms, not the words


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_product_with_nothing_left_is_not_promised_today_nor_a_restock(shop: Shop, seed: int) -> None:
    """No restock date in the file: neither wording promises one, or news of one (a book's 签名版
    gone for good, 不会再补)."""
    reply = ask(with_dress(shop, sold_out=True, restock=[]).seeded(seed), "什么时候能发货")
    assert shipping_part(reply).case == "sold_out"
    assert "今天" not in reply.text + reply.suggestion and "补货" not in reply.text + reply.suggestion


@pytest.mark.parametrize(
    ("message", "now", "case", "facts"),
    [
        # paid on the 30th after 16:00: 10-01 to 10-07 are off, so it leaves on the 8th
        ("30号下午5点拍什么时候发", dt.datetime(2026, 9, 28, 10), "paid_late", {"ship_day": "周四(10月8日)"}),
        ("10月8号发吗", dt.datetime(2026, 9, 28, 10), "weekday_yes", {"cutoff": "16:00"}),
        ("明天发吗", dt.datetime(2026, 12, 5, 11, 30), "weekday_no", {"ship_day": "后天(周一)"}),  # a Sunday
        ("有37号吗 今天能发吗", dt.datetime(2026, 12, 1, 10), "ship_today", {"ship_day": "今天"}),  # 37号: a size
    ],
)
def test_a_day_the_buyer_names_is_the_day_answered(
    make_engine: Callable[..., Engine], message: str, now: dt.datetime, case: str, facts: dict[str, str],
) -> None:
    answered(make_engine(shipping={"holidays": []}), message, now, case, facts)


def test_a_courier_the_buyer_does_not_want_gets_the_others_and_a_person(engine: Engine) -> None:
    reply = ask(engine, "不要发中通 中通太慢")
    part = shipping_part(reply)
    assert (part.case, part.facts["couriers"]) == ("courier_avoid", "圆通、韵达、顺丰(补12元)、EMS(补8元)")
    assert reply.mode == "handoff"


def test_a_region_after_a_courier_question_asks_that_courier_there(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "顺丰", "surcharge": 12,
                                                                   "regions": ["浙江", "上海"]}]})
    first = engine.reply("能发顺丰吗", item_id="dress-floral", now=TUESDAY)
    there = engine.reply("那上海呢", first.conversation, item_id="dress-floral", now=TUESDAY)
    assert (shipping_part(there).case, shipping_part(there).facts["surcharge"]) == ("courier_surcharge", "12元")
    away = engine.reply("那广东呢", there.conversation, item_id="dress-floral", now=TUESDAY)
    part = shipping_part(away)
    assert (part.case, part.facts["region"], part.facts["couriers"]) == ("courier_not_there", "广东", "中通")


def test_a_region_after_a_courier_and_its_days_asks_the_days_there(engine: Engine) -> None:
    first = engine.reply("顺丰几天到杭州", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "courier_surcharge_days"
    there = shipping_part(engine.reply("广州呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert (there.case, there.facts["surcharge"]) == ("courier_surcharge_days", "12元") and "days" in there.facts
    plain = engine.reply("能发顺丰吗", item_id="dress-floral", now=TUESDAY)
    after = shipping_part(engine.reply("那上海呢", plain.conversation, item_id="dress-floral", now=TUESDAY))
    assert after.case == "courier_surcharge"  # no days asked before: none told


@pytest.mark.parametrize("message", ["顺丰能快点吗", "发顺丰会快一点吗", "顺丰快不快"])
def test_whether_a_courier_is_faster_is_told_its_days(engine: Engine, message: str) -> None:
    part = shipping_part(engine.reply(message, item_id="dress-floral", now=TUESDAY))
    assert (part.case, part.facts["courier"]) == ("courier_surcharge_days", "顺丰") and part.facts["days"]


def test_another_courier_after_a_courier_and_its_days_asks_its_days(engine: Engine) -> None:
    first = engine.reply("顺丰几天到广东", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "courier_surcharge_days"
    other = shipping_part(engine.reply("中通呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert (other.case, other.facts["courier"], other.facts["days"]) == ("courier_ok_days", "中通", "3-5")  # 广东 3-5


@pytest.mark.parametrize(("text", "case"), [("10kg能走顺丰吗", "courier_refused"),
                                          ("2kg能走顺丰吗", "courier_surcharge")])
def test_a_courier_a_variants_own_words_refuse_is_told_so(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    food = {"id": "food", "name": "全价猫粮", "price": 109, "colours": ["鸡肉味"], "sizes": ["2kg", "10kg"],
            "prices": {"10kg": 469},
            "attributes": {"配送方式": "10kg装属于大件,发新疆每袋另补25元运费;10kg装不能指定顺丰"}}
    engine = make_engine(products=[food], keyword_rules=[])
    reply = engine.reply(text, item_id="food", now=TUESDAY)
    part = shipping_part(reply)
    assert part.case == case
    assert ("10kg装不能指定顺丰" in reply.text) == (case == "courier_refused")
    days = engine.reply("10kg到广东几天", item_id="food", now=TUESDAY)
    assert "3-5天" in days.text  # the default courier's days there, not 顺丰's that it may not go by


@pytest.mark.parametrize("why", ["为啥啊 我急着用", "为什么", "那为啥呢"])
def test_why_right_after_a_courier_refused_is_told_the_reason_again(make_engine: Callable[..., Engine],
                                                                    why: str) -> None:
    """「能发顺丰吗」 … 「为啥啊 我急着用」 of perfume that 顺丰 will not carry: its reason again, not a hand-off."""
    perfume = {"id": "perfume", "name": "香水分装", "price": 42, "colours": ["喷瓶"], "sizes": ["5ml"],
               "attributes": {"配送方式": "香水含酒精属于易燃品,顺丰不收寄,只能走中通或韵达,不能指定顺丰"}}
    engine = make_engine(products=[perfume], keyword_rules=[])
    first = engine.reply("能发顺丰吗", item_id="perfume", now=TUESDAY)
    assert shipping_part(first).case == "courier_refused"
    then = engine.reply(why, first.conversation, item_id="perfume", now=TUESDAY)
    assert shipping_part(then).case == "courier_refused" and "易燃品" in then.text


@pytest.mark.parametrize(("text", "refused"), [("膨润土单包能发顺丰吗", False), ("膨润土4包装能发顺丰吗", True),
                                             ("豆腐砂单包能发顺丰吗", False)])
def test_a_courier_refused_for_one_colour_and_size_is_not_refused_for_that_colour_in_another_size(
        make_engine: Callable[..., Engine], text: str, refused: bool) -> None:
    """配送方式: 膨润土4包装有40公斤,只发中通,不能指定顺丰 names the 4包装: the 膨润土 单包 may go by 顺丰."""
    litter = {"id": "litter", "name": "混合猫砂", "price": 25, "colours": ["豆腐砂", "膨润土"],
              "sizes": ["单包", "4包装"], "prices": {"膨润土 单包": 35, "豆腐砂 4包装": 89, "膨润土 4包装": 129},
              "attributes": {"配送方式": "膨润土4包装有40公斤,只发中通,不能指定顺丰"}}
    reply = make_engine(products=[litter], keyword_rules=[]).reply(text, item_id="litter", now=TUESDAY)
    part = shipping_part(reply)
    assert (part.case in ("courier_refused", "courier_not_for_product")) is refused
    assert ("顺丰发不了" in reply.text or "走不了顺丰" in reply.text or "不能指定顺丰" in reply.text) is refused


def test_a_courier_after_the_days_to_a_place_asks_its_days_there(engine: Engine) -> None:
    first = engine.reply("到广州几天", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "delivery"
    other = shipping_part(engine.reply("那顺风呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert (other.case, other.facts["courier"], other.facts["surcharge"]) == ("courier_surcharge_days", "顺丰", "12元")
    assert other.facts["days"]


def test_a_region_after_another_shipping_question_is_not_taken_for_a_courier_one(engine: Engine) -> None:
    first = engine.reply("能发顺丰吗", item_id="dress-floral", now=TUESDAY)
    second = engine.reply("今天能发吗", first.conversation, item_id="dress-floral", now=TUESDAY)
    then = engine.reply("那上海呢", second.conversation, item_id="dress-floral", now=TUESDAY)
    assert (shipping_part(then).case, shipping_part(then).facts["days"]) == ("delivery", "1-2")


def test_a_quantity_or_a_region_after_a_free_shipping_question_asks_the_fee_again(engine: Engine) -> None:
    first = engine.reply("包邮吗", item_id="tee-basic", now=TUESDAY)
    assert shipping_part(first).case == "fee_threshold"
    two = engine.reply("那两件呢", first.conversation, item_id="tee-basic", now=TUESDAY)
    assert (shipping_part(two).case, shipping_part(two).facts["price"]) == ("fee_item_free", "2份共118元")
    far = engine.reply("那新疆呢", two.conversation, item_id="tee-basic", now=TUESDAY)
    assert (shipping_part(far).case, shipping_part(far).facts["surcharge"]) == ("remote", "15元")


def test_a_date_asked_after_a_holiday_answer_is_that_days_shipping(engine: Engine) -> None:
    before = dt.datetime(2026, 9, 21, 10)
    first = engine.reply("国庆发货吗", item_id="dress-floral", now=before)
    assert shipping_part(first).case == "days_off"
    off = engine.reply("那5号呢", first.conversation, item_id="dress-floral", now=before)
    assert (shipping_part(off).case, shipping_part(off).facts["ship_day"]) == ("weekday_no", "周四(10月8日)")
    on = engine.reply("那8号呢", off.conversation, item_id="dress-floral", now=before)
    assert (shipping_part(on).case, shipping_part(on).facts["weekday"]) == ("weekday_yes", "周四(10月8日)")


def test_today_and_a_later_day_asked_in_one_line_are_both_answered(engine: Engine) -> None:
    saturday = dt.datetime(2026, 12, 5, 10)  # before Saturday's cut-off; the example shop rests on Sundays
    reply = engine.reply("现在拍今天能发吗 明天周日发不发", item_id="dress-floral", now=saturday)
    cases = [(p.case, p.facts.get("weekday")) for p in reply.parts if p.intent == "shipping"]
    assert cases == [("ship_today", None), ("weekday_no", "明天(周日)")]


def test_another_day_asked_after_a_shipping_answer_goes_on_with_it(engine: Engine) -> None:
    saturday = dt.datetime(2026, 12, 5, 17)  # after the cut-off; the example shop rests on Sundays
    first = engine.reply("今天能发吗", item_id="dress-floral", now=saturday)
    then = engine.reply("明天呢", first.conversation, item_id="dress-floral", now=saturday)
    part = shipping_part(then)
    assert (part.case, part.facts["weekday"], part.facts["ship_day"]) == ("weekday_no", "明天(周日)", "后天(周一)")


@pytest.mark.parametrize(
    ("message", "now", "case", "facts"),
    [
        ("下周四发吗", dt.datetime(2026, 9, 29, 10), "weekday_yes", {"weekday": "周四(10月8日)"}),  # not 10-01
        ("国庆期间下单什么时候发", dt.datetime(2026, 9, 20, 10), "days_off", {"resume": "周四(10月8日)"}),
        ("10.8发吗", dt.datetime(2026, 9, 20, 10), "weekday_yes", {"weekday": "周四(10月8日)"}),
        # paid on a day off: the day off is the answer, not a missed cut-off
        ("10月3号上午10点拍什么时候发", dt.datetime(2026, 9, 20, 10), "weekday_no",
         {"weekday": "周六(10月3日,国庆节放假)", "ship_day": "周四(10月8日)"}),
        ("12月1号拍的什么时候发", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "周二(12月1日)"}),
        ("昨天拍的 什么时候发", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "昨天"}),
        ("前天付的款今天能发吗", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "前天"}),
        ("昨天拍的什么时候到上海", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "昨天"}),  # no 今天发
        ("上周买的什么时候发", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "上周"}),  # no day said
        ("上周三买的什么时候发", dt.datetime(2026, 12, 3, 10), "ordered_before", {"weekday": "周三(11月25日)"}),
        ("2月8号发吗", dt.datetime(2026, 12, 28, 10), "weekday_unknown", {"weekday": "周一(2月8日)"}),  # 2027
    ],
)
def test_dates_said_in_every_way_and_those_not_known_yet(
    make_engine: Callable[..., Engine], message: str, now: dt.datetime, case: str, facts: dict[str, str],
) -> None:
    reply = answered(make_engine(shipping={"holidays": []}), message, now, case, facts)
    assert (reply.mode == "handoff") == (case in ("ordered_before", "weekday_unknown"))


def test_paying_late_on_a_day_with_its_own_cut_off_names_that_cut_off(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"cutoffs": {"sat": "12:00"}, "holidays": []})
    part = shipping_part(ask(engine, "周六下午1点拍当天能发吗", now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["cutoff"], part.facts["ship_day"]) == ("paid_late", "12:00", "周一(12月7日)")


def test_an_afternoon_said_without_an_hour_is_after_a_noon_cut_off(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"cutoffs": {"sat": "12:00"}, "holidays": []})
    part = shipping_part(ask(engine, "下午拍今天能发吗", now=dt.datetime(2026, 12, 5, 10)))  # a Saturday
    assert (part.case, part.facts["ship_day"]) == ("paid_late", "后天(周一)")


def test_a_product_of_one_dearer_courier_keeps_its_surcharge_for_a_region_and_its_couriers_when_avoiding(
    shop: Shop,
) -> None:
    engine = _only_by(shop, "顺丰")
    fee = shipping_part(ask(engine, "寄到广东运费多少"))
    assert (fee.case, fee.facts["surcharge"]) == ("fee_threshold_courier", "12元")
    assert shipping_part(ask(engine, "不要发中通")).facts["couriers"] == "顺丰(补12元)"
    assert shipping_part(ask(engine, "不要发顺丰")).case == "courier_product_surcharge"  # it goes by 顺丰 only


def test_a_sold_out_product_says_when_it_comes_back_where_the_shop_says(shop: Shop) -> None:
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 9)}])
    part = shipping_part(ask(engine, "什么时候能发货"))
    assert (part.case, part.facts["restock_date"]) == ("sold_out_restock", "12月9日")


@pytest.mark.parametrize(
    ("message", "case", "days"),
    [
        # Thursday 10:00: it leaves today; to 江苏 in 1-2 days, 北京 by the table's default 2-4
        ("寄到江苏 周六能收到吗", "arrive_yes", "1-2"),
        ("明天能到北京吗", "arrive_no", "2-4"),
        ("12号能到北京吗", "arrive_yes", "2-4"),
        ("周六能到北京吗", "arrive_maybe", "2-4"),
    ],
)
def test_whether_it_arrives_by_a_day_is_the_ship_day_and_the_days_against_it(
    engine: Engine, message: str, case: str, days: str,
) -> None:
    part = shipping_part(ask(engine, message, now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["days"], part.facts["ship_day"]) == (case, days, "今天")


@pytest.mark.parametrize(("message", "case", "weekday"), [
    # Thursday 10:00: it leaves today, 北京 in 2-4 days (the 5th to the 7th)
    ("7号能到北京吗", "arrive_yes", "周一(12月7日)"),
    # before the 7th: sure by the 6th it is not, nor sure to miss the 7th (buyers mean it with the day or without)
    ("7号之前能到北京吗 送人的", "arrive_maybe", "周一(12月7日)前"),
    ("5号前能收到吗 寄北京", "arrive_maybe", "后天(周六)前"),  # the 5th at the fastest: not told 到不了
    ("下周二以前能到北京吗", "arrive_yes", "周二(12月8日)前"),  # sure by the 7th
])
def test_arriving_before_a_day_said_is_sure_only_by_the_day_before_and_missed_only_with_the_day(
        engine: Engine, message: str, case: str, weekday: str) -> None:
    part = shipping_part(ask(engine, message, now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["weekday"]) == (case, weekday)


@pytest.mark.parametrize("then", ["加急呢 顺丰", "顺丰呢"])
def test_a_faster_courier_asked_after_whether_it_arrives_by_a_day_is_weighed_by_its_own_days(
        make_engine: Callable[..., Engine], then: str) -> None:
    couriers = [{"name": "中通", "surcharge": 0}, {"name": "顺丰", "surcharge": 12, "days": [1, 1]}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通"})
    now = dt.datetime(2026, 12, 3, 10)  # Thursday: it leaves today; 北京 takes 2-4 days by 中通
    first = engine.reply("周六能到北京吗", item_id="dress-floral", now=now)
    assert shipping_part(first).case == "arrive_maybe"
    reply = engine.reply(then, first.conversation, item_id="dress-floral", now=now)
    assert [p.case for p in reply.parts] == ["arrive_yes", "courier_surcharge"]  # by 顺丰 in a day: Friday
    assert (reply.parts[0].facts["days"], reply.parts[1].facts["surcharge"]) == ("1", "12元")


def test_when_shipping_resumes_after_a_holiday_asked_is_of_that_holiday(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": []})
    now = dt.datetime(2026, 9, 20, 10)  # 中秋 (9-25) comes before 国庆 (10-01)
    first = engine.reply("国庆发货吗", item_id="dress-floral", now=now)
    then = shipping_part(engine.reply("几号恢复发货", first.conversation, item_id="dress-floral", now=now))
    assert (then.case, then.facts["holiday"], then.facts["resume"]) == ("days_off", "国庆节放假", "周四(10月8日)")


@pytest.mark.parametrize("message", ["冰箱送货上门吗", "能送到家吗", "包安装吗 送货上门不",
                                     "可以指定日子送吗", "过几天再发", "25号再发可以吗", "能指定24号送到吗",
                                     "能指定周六送到吗", "人在深圳 能自提或者面交吗", "急用 能走空运吗"])
def test_a_service_the_shop_file_is_silent_on_goes_to_a_person_not_the_ship_day(engine: Engine, message: str) -> None:
    reply = ask(engine, message)
    assert (shipping_part(reply).case, reply.mode) == ("service_unknown", "handoff")
    assert "今天" not in reply.suggestion


def test_sending_by_air_asked_is_told_by_the_goods_own_words_of_how_they_are_sent(
        make_engine: Callable[..., Engine]) -> None:
    perfume = {"id": "perfume", "name": "淡香精", "price": 299, "colours": ["普通装"], "sizes": ["50ml"],
               "attributes": {"运输": "香水含酒精属于易燃品,只走陆运,不能走航空件"}}
    reply = make_engine(products=[perfume]).reply("急用 能走空运吗", item_id="perfume", now=TUESDAY)
    assert (shipping_part(reply).case, reply.mode) == ("own_terms", "auto")
    assert_says(reply, "不能走航空件")


def test_a_service_asked_beside_where_it_ships_from_is_not_dropped(engine: Engine, shop: Shop) -> None:
    reply = ask(engine, "你们在哪里发货 能自提吗")
    assert [p.case for p in reply.parts if p.intent == "shipping"] == ["origin", "service_unknown"]
    assert reply.mode == "handoff" and shop.shipping.ship_from in reply.suggestion


def test_a_buyer_in_no_hurry_is_promised_nothing(engine: Engine) -> None:
    part = shipping_part(ask(engine, "不急 慢慢发"))
    assert part.case == "no_rush" and part.facts == {}


@pytest.mark.parametrize("message", ["港澳台能发吗", "港澳发不发"])
def test_hong_kong_macao_and_taiwan_named_together_get_their_terms(engine: Engine, message: str) -> None:
    part = shipping_part(engine.reply(message, item_id="coat-wool", now=TUESDAY))
    assert (part.case, part.facts["fee"], part.facts["courier"]) == ("special", "35元", "顺丰")  # not 今天发


@pytest.mark.parametrize("then", ["发顺丰吗", "能寄吗"])
def test_a_courier_or_whether_it_ships_after_hong_kong_is_said_goes_by_the_special_terms(
    engine: Engine, then: str,
) -> None:
    first = engine.reply("寄香港可以吗", item_id="coat-wool", now=TUESDAY)
    part = shipping_part(engine.reply(then, first.conversation, item_id="coat-wool", now=TUESDAY))
    assert (part.case, part.facts["fee"], part.facts["courier"]) == ("special", "35元", "顺丰")


def test_a_ship_day_in_a_year_whose_days_off_are_not_published_is_not_promised(engine: Engine) -> None:
    # after the cut-off on 31 December 2026, the next ship day is in 2027, whose national days off
    # the calendar does not know yet: no day is promised, a person confirms
    reply = engine.reply("今天还能发吗", item_id="dress-floral", now=dt.datetime(2026, 12, 31, 17, 0))
    assert (reply.parts[0].case, reply.mode) == ("ship_unknown", "handoff")
    assert "放假安排" in reply.text + reply.suggestion
    earlier = engine.reply("今天还能发吗", item_id="dress-floral", now=dt.datetime(2026, 12, 31, 10, 0))
    assert earlier.parts[0].case == "ship_today"  # today is known: before the cut-off it ships today


@pytest.mark.parametrize(("message", "case", "told"), [
    ("发西藏吗", "remote", "15元"),  # the fee and the days on the road are known whatever the calendar
    ("包邮吗", "fee_item_free", "99"),
    ("到北京几天", "delivery_day_unknown", "2-4"),  # the days told; the ship day left to a person
    ("一般几天到", "delivery_default_day_unknown", "2-4"),
])
def test_in_a_year_whose_days_off_are_not_published_only_the_ship_day_waits_for_a_person(
        engine: Engine, message: str, case: str, told: str) -> None:
    reply = engine.reply(message, item_id="dress-floral", now=dt.datetime(2027, 1, 6, 20, 0))
    assert reply.parts[0].case == case
    assert told in reply.suggestion
    if case.endswith("_day_unknown"):
        assert reply.mode == "handoff" and "明天(周四)" in reply.suggestion and "放假安排" in reply.suggestion


def test_a_dearer_courier_to_a_remote_region_says_both_surcharges(make_engine: Callable[..., Engine]) -> None:
    couriers = [{"name": "中通"}, {"name": "顺丰", "surcharge": 8}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通", "region_surcharge": {"新疆": 15}})
    part = shipping_part(ask(engine, "顺丰到新疆多少钱"))
    assert (part.case, part.facts["surcharge"], part.facts["courier_surcharge"]) == ("remote_courier", "15元", "8元")
    near = shipping_part(ask(engine, "顺丰到上海多少钱"))  # no surcharge of the region: the courier's alone
    assert near.case != "remote_courier" and near.facts.get("surcharge") == "8元"


@pytest.mark.parametrize("seed", range(4))
def test_the_day_and_the_courier_asked_together_are_both_said(engine: Engine, seed: int) -> None:
    part = shipping_part(engine.seeded(seed).reply("今天能发吗 发什么快递", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["courier"]) == ("ship_today", "中通")
    assert "中通" in part.text and "今天" in part.text  # every wording of the day names the courier


def test_what_a_courier_costs_more_asked_next_is_that_courier(engine: Engine) -> None:
    first = engine.reply("能发顺丰吗", now=at(FRIDAY, 10))
    then = engine.reply("加多少钱", first.conversation, now=at(FRIDAY, 10))
    part = shipping_part(then)
    assert (then.intents[0], part.facts["courier"], part.facts["surcharge"]) == ("shipping", "顺丰", "12元")
    alone = engine.reply("加多少钱", now=at(FRIDAY, 10))  # with no courier before, it is no courier question
    assert "顺丰" not in alone.suggestion


@pytest.mark.parametrize(("name", "text"), [
    ("发货时间", "什么时候发货"),
    ("加工时间", "今天下单今天能发吗"),  # lenses made to a prescription: not the shop's cut-off
    ("定做周期", "多久能发货"),
    ("配送时间", "今天下单什么时候发"),  # a weekly delivery's: when it is sent, not where to
])
def test_a_products_own_ship_time_is_said_over_the_shops_cutoff(shop: Shop, name: str, text: str) -> None:
    engine = with_dress(shop, attributes={name: "现货下单后7天内发货,定制色45天"})
    part = shipping_part(ask(engine, text, now=at(FRIDAY, 10)))
    assert (part.case, part.facts["ship_time"]) == ("product_ship_time", "现货下单后7天内发货,定制色45天")
    assert "今天" not in part.text


@pytest.mark.parametrize(("facts", "told"), [
    # how long after paying it leaves, said in a fact of how it is sent: that part, not the cut-off
    ({"配送方式": "保税仓发货,付款后1到3天清关出库走中通;直邮的清关加派送7到15天"},
     "保税仓发货,付款后1到3天清关出库走中通"),
    ({"发货说明": "海外仓付款后2个工作日内发出"}, "海外仓付款后2个工作日内发出"),
])
def test_a_time_after_paying_said_in_any_fact_is_the_products_own_ship_time(
        shop: Shop, facts: dict[str, str], told: str) -> None:
    engine = with_dress(shop, attributes=facts)
    part = shipping_part(ask(engine, "今天能发吗", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["ship_time"]) == ("product_ship_time", told)
    assert "今天" not in part.text


def test_a_fact_of_how_it_is_sent_with_no_time_after_paying_leaves_the_cutoff(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"配送方式": "只走顺丰,偏远地区不发"})
    assert shipping_part(ask(engine, "今天能发吗", now=at(FRIDAY, 10))).case == "ship_today"


def test_a_day_the_shop_does_not_ship_asked_of_a_product_made_to_order_says_both(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"制作周期": "下单后3到5天做好发货"})
    part = shipping_part(ask(engine, "周日你们发货吗", now=at(FRIDAY, 10)))  # the example shop rests on Sundays
    assert (part.case, part.facts["ship_time"]) == ("weekday_no_own", "下单后3到5天做好发货")
    assert part.facts["weekday"].startswith("周日")


@pytest.mark.parametrize(("text", "case", "days", "handed"), [
    ("多久能到广东", "delivery_own", "3-5", False),  # its own time, then the region's days on the road
    ("大概几天能到", "delivery_default_own", "2-4", False),
    ("周五能到吗", "product_ship_time", None, True),  # by a day: a person counts from its own time
])
def test_a_products_own_ship_time_is_said_before_the_days_on_the_road(
        shop: Shop, text: str, case: str, days: str | None, handed: bool) -> None:
    engine = with_dress(shop, attributes={"发货时间": "下单后7天内发货"})
    reply = ask(engine, text, now=at(FRIDAY - dt.timedelta(days=2), 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_time"], part.facts.get("days")) == (case, "下单后7天内发货", days)
    assert "今天" not in part.text and "7天内" in part.text
    assert (reply.mode == "handoff") == handed


@pytest.mark.parametrize(("ship_time", "text", "case", "latest", "by"), [
    # Tuesday 11-24: three working days after it is Friday the 27th; 上海 1-2 days on the road
    ("按车型裁剪,付款后3个工作日内发货", "发到上海大概几号能到", "delivery_own_by", "周五(11月27日)", "11月29日"),
    ("按车型裁剪,付款后3个工作日内发货", "几号能到啊", "delivery_default_own_by", "周五(11月27日)", "12月1日"),  # 2-4
    ("定做的,下单后7天内发出", "寄上海哪天能到", "delivery_own_by", "周二(12月1日)", "12月3日"),
    ("定制款,付款后3-5天做好发货", "发上海几号能到", "delivery_own_by", "周日(11月29日)", "12月1日"),  # (做好 between)
])
def test_the_date_asked_of_a_product_sent_within_some_days_is_the_last_it_leaves_and_arrives_by(
        shop: Shop, ship_time: str, text: str, case: str, latest: str, by: str) -> None:
    engine = with_dress(shop, attributes={"发货时间": ship_time})
    part = shipping_part(ask(engine, text, now=at(FRIDAY - dt.timedelta(days=3), 10)))
    assert (part.case, part.facts["latest"], part.facts["by"]) == (case, latest, by)
    assert ship_time in part.text


@pytest.mark.parametrize(("text", "terms"), [
    ("多久能到广东", "付款后1到3天内,当地门店电话联系预约送货上门"),
    ("大概几天能到", "付款后1到3天内,当地门店电话联系预约送货上门"),
    # (or says the days after it leaves itself: no 3-5 days to 四川 after its own 5到10天)
    ("发什么物流 成都几天到", "付款后48小时内发货,发货后江浙沪3到5天、其他地区5到10天送到"),
])
def test_a_products_own_time_that_takes_it_to_the_door_has_no_days_on_the_road_after_it(shop: Shop, text: str,
                                                                                       terms: str) -> None:
    """整车付款后1到3天内,当地门店预约送货上门: the whole way, not the courier's days to the region on top."""
    engine = with_dress(shop, attributes={"发货时间": terms})
    part = shipping_part(ask(engine, text, now=at(FRIDAY - dt.timedelta(days=2), 10)))
    assert (part.case, part.facts["ship_time"]) == ("product_ship_time", terms) and "days" not in part.facts


@pytest.mark.parametrize(("text", "now", "case", "weekday"), [
    ("元旦前能到北京吗", dt.datetime(2026, 12, 24, 10), "arrive_yes", "元旦前(12月31日)"),
    ("元旦前能到北京吗", dt.datetime(2026, 12, 30, 10), "arrive_no", "元旦前(12月31日)"),  # 2-4 days from today
    ("情人节当天能收到吗", dt.datetime(2027, 2, 1, 10), "arrive_yes", "情人节(2月14日)"),
    ("平安夜能到吗", dt.datetime(2026, 12, 23, 10), "arrive_no", "平安夜(12月24日)"),
    ("双十二前能到北京吗", dt.datetime(2026, 12, 7, 10), "arrive_yes", "双十二前(12月11日)"),  # a sales day
    ("双12前能到北京吗", dt.datetime(2026, 12, 10, 10), "arrive_no", "双12前(12月11日)"),
])
def test_arriving_by_a_day_of_a_fixed_date_is_counted_to_it(
        make_engine: Callable[..., Engine], text: str, now: dt.datetime, case: str, weekday: str) -> None:
    part = shipping_part(make_engine(shipping={"holidays": [], "national_holidays": False}).reply(text, now=now))
    assert (part.case, part.facts["weekday"]) == (case, weekday)


@pytest.mark.parametrize(("text", "now", "case", "weekday"), [
    ("中秋前能到北京吗", dt.datetime(2026, 9, 18, 10), "arrive_yes", "中秋节前(9月24日)"),  # 2026: from 25 September
    ("中秋节前能到吧", dt.datetime(2026, 9, 23, 10), "arrive_no", "中秋节前(9月24日)"),
    ("端午前能到北京吗", dt.datetime(2026, 6, 1, 10), "arrive_yes", "端午节前(6月18日)"),
])
@pytest.mark.parametrize("national", [True, False])
def test_arriving_before_a_lunar_holiday_is_counted_to_the_day_before_it_begins(
        make_engine: Callable[..., Engine], text: str, now: dt.datetime, case: str, weekday: str,
        national: bool) -> None:
    """「中秋前能到吗」: whether it arrives, by the national calendar's first day of it; never 「中秋照常发货」."""
    part = shipping_part(make_engine(shipping={"holidays": [], "national_holidays": national}).reply(text, now=now))
    assert (part.case, part.facts["weekday"]) == (case, weekday)


def test_another_place_after_arriving_by_a_day_asks_it_by_the_same_day(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": [], "national_holidays": False})
    now = dt.datetime(2026, 12, 9, 10)
    first = engine.reply("双12前能到黑龙江吗", now=now)
    assert shipping_part(first).case == "arrive_no"
    there = shipping_part(engine.reply("那到浙江呢", first.conversation, now=now))  # 1-2 days: by the 11th
    assert (there.case, there.facts["weekday"], there.facts["region"]) == ("arrive_yes", "双12前(12月11日)", "浙江")


def test_a_sales_day_a_parcel_is_to_arrive_by_is_a_day_not_its_promotion(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"holidays": [], "national_holidays": False})
    reply = engine.reply("双十二前能到北京吗", now=dt.datetime(2026, 12, 7, 10))  # the shop runs a 双十二 promotion
    assert reply.intents == ("shipping",) and shipping_part(reply).case == "arrive_yes"
    on_the_day = shipping_part(engine.reply("双十二当天拍什么时候发", now=dt.datetime(2026, 12, 7, 10)))
    assert on_the_day.case == "weekday_yes" and "12月12日" in on_the_day.text and "今天" not in on_the_day.text


@pytest.mark.parametrize(("text", "case", "ship_day"), [
    ("周四拍周五能到吗", "arrive_paid_no", "后天(周四)"),  # paid Thursday: it leaves then, 2-4 days
    ("周四拍周日能到吗", "arrive_paid_maybe", "后天(周四)"),
    ("周四拍下周二能到吗", "arrive_paid_yes", "后天(周四)"),
    ("明天下单后天能到吗", "arrive_paid_no", "明天(周三)"),
])
def test_arriving_by_a_day_when_paid_on_a_later_day_counts_from_that_day(
        engine: Engine, text: str, case: str, ship_day: str) -> None:
    part = shipping_part(ask(engine, text, now=dt.datetime(2026, 12, 1, 10)))
    assert (part.case, part.facts["ship_day"], part.facts["cutoff"]) == (case, ship_day, "16:00")
    assert part.facts["paid"] in part.text


@pytest.mark.parametrize(("now", "case", "ship_day"), [
    (dt.datetime(2026, 12, 23, 10), "arrive_paid_yes", "今天"),  # before today's cut-off: that is the terms
    (dt.datetime(2026, 12, 23, 17), "arrive_maybe", "明天(周四)"),  # after it: paid now, no cut-off to meet
])
def test_paid_today_after_the_cut_off_is_told_as_paid_now(
        engine: Engine, now: dt.datetime, case: str, ship_day: str) -> None:
    part = shipping_part(ask(engine, "今天拍周五能到上海吗", now=now))
    assert (part.case, part.facts["ship_day"]) == (case, ship_day)
    assert "前付款" not in part.text or now.hour < 16


@pytest.mark.parametrize(("shipping", "case", "regions"), [
    ({"no_delivery_regions": ["新疆", "西藏"], "special_regions": {"ships": False}}, "areas_except",
     "新疆、西藏、香港、澳门、台湾"),
    ({"no_delivery_regions": ["新疆", "香港"], "special_regions": {"ships": False}}, "areas_except",
     "新疆、香港、澳门、台湾"),  # each once
    ({"no_delivery_regions": ["新疆"], "special_regions": {"ships": True, "fee": 30}}, "areas_except", "新疆"),
    ({"special_regions": {"ships": True, "fee": 30}}, "areas_all", None),
])
@pytest.mark.parametrize("text", ["发哪些地方", "哪些地区不发货", "全国都能发吗"])
def test_where_it_goes_at_all_names_the_regions_it_does_not(
        make_engine: Callable[..., Engine], shipping: dict[str, object], case: str, regions: str | None,
        text: str) -> None:
    part = shipping_part(make_engine(shipping=shipping).reply(text, now=at(FRIDAY, 10)))
    assert (part.case, part.facts.get("regions")) == (case, regions)


@pytest.mark.parametrize(("first", "case", "surcharge"), [
    ("新疆包邮吗", "remote", "15元"),
    ("包邮吗", "fee_threshold", None),  # (the page's 169元 ships free; what more is asked next: the rule)
])
def test_how_much_more_asked_next_is_the_fee_just_told(make_engine: Callable[..., Engine], first: str, case: str,
                                                       surcharge: str | None) -> None:
    engine = make_engine(shipping={"remote_regions": ["新疆"], "remote_surcharge": 15})
    told = engine.reply(first, item_id="dress-floral", now=at(FRIDAY, 10))
    then = engine.reply("加多少钱", told.conversation, item_id="dress-floral", now=at(FRIDAY, 10))
    part = shipping_part(then)
    assert (then.intents[0], part.case, part.facts.get("surcharge")) == ("shipping", case, surcharge)


def test_free_shipping_for_an_amount_of_packs_counts_the_packs(make_engine: Callable[..., Engine]) -> None:
    dried = {"id": "dried", "name": "淡菜干", "price": 45, "colours": ["原味"], "sizes": ["250g", "500g"],
             "prices": {"500g": 85}}
    engine = make_engine(products=[dried], shipping={"free_shipping_over": 168, "base_fee": 20})
    part = shipping_part(engine.reply("两斤包邮吗", item_id="dried", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["price"]) == ("fee_item_free", "2份共170元")  # two 500g: 170元, over 168元


def test_a_winter_rule_naming_the_north_and_a_group_sent_with_more_packing_is_read_by_place(shop: Shop) -> None:
    """冬季配送: 北方省份(黄河以北)暂停发货;江浙沪、安徽可以加保温包装发货,加10元."""
    terms = "12月到次年2月北方省份(黄河以北)和新疆暂停发货;江浙沪、安徽、湖北等可以加保温包装发货,加10元"
    engine = with_dress(shop, attributes={"冬季配送": terms})
    north = shipping_part(ask(engine, "北京能发吗", now=at(FRIDAY, 10)))
    assert (north.case, north.facts["region"]) == ("product_area", "北京")  # paused: no promise of days
    assert shipping_part(ask(engine, "发哈尔滨吗", now=at(FRIDAY, 10))).case == "product_area"
    east = ask(engine, "发上海几天到", now=at(FRIDAY, 10))
    assert [p.case for p in east.parts if p.intent == "shipping"] == ["own_terms", "delivery"]
    assert "加10元" in east.text and "1-2天" in east.text  # the example shop's days to 上海


def test_the_fee_to_a_region_its_own_words_send_by_one_dearer_courier_adds_that_couriers_surcharge(
        shop: Shop) -> None:
    """配送方式: 新疆、西藏只能走EMS (EMS costs 8元 more): 新疆 is 8 + 15 + 8 = 31元, not the usual 23元."""
    engine = with_dress(shop, attributes={"配送方式": "竿子是长条包裹;新疆、西藏只能走EMS,7到12天到"})
    reply = ask(engine, "新疆运费多少", now=at(FRIDAY, 10))
    fee = next(p for p in reply.parts if p.case.startswith("remote"))
    assert (fee.case, fee.facts["total"], fee.facts["courier"]) == ("remote_fee_courier", "31元", "EMS")


@pytest.mark.parametrize(("terms", "region", "case"), [
    ("试吃礼包9.9元包邮,新疆西藏青海不发", "新疆", "product_area"),  # where it goes, said in its free shipping
    ("满99包邮,新疆西藏不包邮", "新疆", "remote"),  # only the free shipping left out there: it goes
])
def test_places_a_product_is_not_sent_to_said_in_its_fact_of_free_shipping_are_its_area(
        shop: Shop, terms: str, region: str, case: str) -> None:
    engine = with_dress(shop, attributes={"包邮": terms})
    part = shipping_part(ask(engine, f"{region}能拍吗", now=at(FRIDAY, 10)))
    assert part.case.startswith(case) and part.facts["region"] == region


def test_a_region_the_products_own_area_plainly_sends_to_is_answered_as_usual(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"配送方式": "只走顺丰,只发江苏、浙江、上海,其他地区请拍冷冻款"})
    inside = shipping_part(ask(engine, "南京几天到", now=at(FRIDAY, 10)))
    assert (inside.case, inside.facts["region"]) == ("delivery", "江苏")
    outside = shipping_part(ask(engine, "北京几天到", now=at(FRIDAY, 10)))
    assert (outside.case, outside.facts["region"]) == ("product_area", "北京")
    # 「全国都能发」 sends to a place its exceptions do not name: answered as usual
    everywhere = with_dress(shop, attributes={"配送范围": "全国都能发,新疆、西藏暂时不发"})
    assert shipping_part(ask(everywhere, "发广州几天", now=at(FRIDAY, 10))).case == "delivery"
    assert shipping_part(ask(everywhere, "发西藏吗", now=at(FRIDAY, 10))).case == "product_area"
    # the places after a courier and a colon (只发顺丰次日达的地方:山东、北京…): only those
    after_courier = with_dress(shop, attributes={"配送范围": "冰鲜只发顺丰次日达的地方:山东、北京、上海,其他省份不发"})
    assert shipping_part(ask(after_courier, "能发广东吗", now=at(FRIDAY, 10))).case == "product_area"
    assert shipping_part(ask(after_courier, "北京几天到", now=at(FRIDAY, 10))).case == "delivery"



def test_goods_sent_by_a_freight_firm_in_place_of_a_parcel_courier_go_by_it_not_by_the_shop_itself(shop: Shop) -> None:
    """猫爬架: 不走快递,统一走德邦物流: by 德邦, the whole way in its days, not 「我们自己配送」; and of a place
    only the clause that names where it goes."""
    terms = "体积大,不走快递,统一走德邦物流,付款后48小时内发货,3到6天到;德邦送货上门不上楼,另加30元;新疆、西藏不发"
    engine = with_dress(shop, attributes={"配送方式": terms})
    days = shipping_part(ask(engine, "几天能到", now=at(FRIDAY, 10)))
    assert days.case == "product_ship_time" and "3到6天到" in days.facts["ship_time"]
    assert shipping_part(ask(engine, "发什么快递", now=at(FRIDAY, 10))).case != "courier_refused"
    away = shipping_part(ask(engine, "新疆能发吗", now=at(FRIDAY, 10)))
    assert (away.case, away.facts["area"]) == ("product_area", "新疆、西藏不发")
    for text in ("几天能到", "新疆能发吗", "发什么快递"):
        assert "own_delivery" not in {p.case for p in ask(engine, text, now=at(FRIDAY, 10)).parts}, text


@pytest.mark.parametrize(("text", "case", "region"), [
    ("能发香港吗", "product_area", "香港"),  # 港澳台 names all three: the pot goes to none of them,
    ("台湾能寄吗", "product_area", "台湾"),  # though the shop sends its other goods there
    ("澳门几天到", "product_area", "澳门"),
    ("发杭州几天", "delivery", "浙江"),  # at home: as usual
])
def test_a_products_own_words_keep_it_from_places_named_as_a_group(
        shop: Shop, text: str, case: str, region: str) -> None:
    engine = with_dress(shop, attributes={"配送方式": "易碎品只发顺丰,泡沫箱包装;不发港澳台和海外"})
    part = shipping_part(ask(engine, text, now=at(FRIDAY, 10)))
    assert (part.case, part.facts["region"]) == (case, region)


def test_goods_sent_by_no_courier_are_told_so_whatever_courier_is_asked(shop: Shop) -> None:
    """鲜花 only delivered in the city: not to another province, and by no courier, 顺丰 included."""
    terms = "只做上海市内同城配送,不发快递,外地收不到"
    engine = with_dress(shop, attributes={"配送范围": terms})
    away = shipping_part(ask(engine, "能寄到杭州吗", now=at(FRIDAY, 10)))
    assert (away.case, away.facts["region"]) == ("product_area", "浙江")
    for text in ("能发顺丰吗", "发什么快递"):
        part = shipping_part(ask(engine, text, now=at(FRIDAY, 10)))
        assert (part.case, part.facts["terms"]) == ("courier_refused", terms)
    # a place's rule (新疆不发快递) refuses no courier elsewhere
    placed = with_dress(shop, attributes={"配送方式": "新疆不发快递,只能走邮政"})
    assert shipping_part(ask(placed, "能发顺丰吗", now=at(FRIDAY, 10))).case != "courier_refused"

@pytest.mark.parametrize(("text", "case", "told", "mode"), [
    ("发新疆几天到", "own_terms", "新疆、西藏只能走EMS,8到12天到", "auto"),  # not the shop's days to 新疆
    ("指定顺丰要加多少", "own_terms", "指定顺丰超长件要另加8元", "auto"),  # not the shop's 顺丰 surcharge
    ("发新疆吗 运费多少", "own_terms", "8到12天到", "auto"),  # a fee its words do not price: the shop's, after
    ("发广东几天到", "delivery", None, "auto"),  # a place its words leave alone: the shop's days
])
def test_what_the_products_own_terms_of_sending_say_of_the_place_or_courier_asked_is_told(
        shop: Shop, text: str, case: str, told: str | None, mode: str) -> None:
    terms = "竿筒算超长件,走中通不加钱;指定顺丰超长件要另加8元;新疆、西藏只能走EMS,8到12天到"
    engine = with_dress(shop, attributes={"配送方式": terms})
    reply = ask(engine, text, now=at(FRIDAY, 10))
    part = shipping_part(reply)
    assert part.case == case and reply.mode == mode
    assert told is None or told in reply.suggestion


@pytest.mark.parametrize(("text", "cases", "told"), [
    ("今天能发吗", ["ship_today", "option_ship_time"], "XL码要定做,付款后5到7天发货"),  # the shop's day, and the rest
    ("S码今天能发吗", ["ship_today"], "16:00"),  # the size that goes as usual: the shop's cut-off
    ("XL码今天能发吗", ["product_ship_time"], "XL码要定做,付款后5到7天发货"),  # another size: its own time
])
def test_a_ship_time_that_sends_some_sizes_as_the_shop_does_works_out_the_shops_day_for_them(
        shop: Shop, text: str, cases: list[str], told: str) -> None:
    """「S码是现货,按店铺的发货时间发」: the shop's cut-off and day hold for S (not the words repeated); the
    XL made to order is told its own time."""
    engine = with_dress(shop, attributes={"发货时间": "S码是现货,按店铺的发货时间发;XL码要定做,付款后5到7天发货"})
    reply = ask(engine, text, now=at(FRIDAY, 10))
    assert [p.case for p in reply.parts if p.intent == "shipping"] == cases and told in reply.text


def test_goods_booked_a_day_ahead_are_told_so_not_the_shops_cut_off(shop: Shop) -> None:
    """「花篮今天能送吗」 of baskets whose 预订时间 says 花篮要提前一天预订,不接当天单: that, not 16:00前付款今天发."""
    engine = with_dress(shop, attributes={"预订时间": "花篮要提前一天预订,不接当天单"})
    part = shipping_part(ask(engine, "今天能送吗", now=at(FRIDAY, 10)))
    assert part.case == "product_ship_time" and "提前一天预订" in str(part.facts["ship_time"])


def test_free_delivery_within_an_area_and_a_sum_beyond_it_is_told_whole(shop: Shop) -> None:
    """「包油吗」 of flowers whose 配送范围 says 外环以内免费配送,外环以外加收30元配送费: all of it, not 包邮."""
    terms = "只送上海市区,外环以内免费配送,外环以外加收30元配送费,崇明不送"
    engine = with_dress(shop, attributes={"配送范围": terms})
    part = shipping_part(ask(engine, "包油吗", now=at(FRIDAY, 10)))
    assert part.case == "own_terms" and "加收30元" in str(part.facts["terms"])


def test_a_way_of_buying_named_by_a_latin_word_its_fact_says_is_told_its_own_ship_time(shop: Shop) -> None:
    """「印logo的几天能发」 of pens whose 定制 says 可以印字定制LOGO…定制款付款后5天内发货: that, not today."""
    engine = with_dress(shop, attributes={"定制": "可以笔杆印字定制LOGO,300支起订,定制款付款后5天内发货"})
    part = shipping_part(ask(engine, "印logo的几天能发", now=at(FRIDAY, 10)))
    assert part.case == "product_ship_time" and "付款后5天内发货" in str(part.facts["ship_time"])


@pytest.mark.parametrize(("text", "cases"), [
    ("今天能发吗", ["ship_today", "option_ship_time"]),  # the shop's day, and the embroidered ones' beside it
    ("绣字的话几天发", ["product_ship_time"]),  # the condition said: its own time
])
def test_a_ship_time_said_of_some_orders_inside_another_fact_is_not_every_orders(
        shop: Shop, text: str, cases: list[str]) -> None:
    """刻字: 可以免费绣名字,最多4个字,绣字的付款后第3天发货: a plain order goes by the shop's cut-off."""
    engine = with_dress(shop, attributes={"刻字": "可以免费绣名字,最多4个字,绣字的付款后第3天发货,绣了字的不退不换"})
    reply = ask(engine, text, now=at(FRIDAY, 10))
    assert [p.case for p in reply.parts if p.intent == "shipping"] == cases and "第3天" in reply.text


def test_a_size_after_a_ship_time_that_differs_by_size_asks_it_of_that_size(shop: Shop) -> None:
    """「什么时候发」 told 现货48小时内发出,XL码要定做,付款后5到7天发出: 「XL呢」 next is the XL's time, from
    its name on."""
    engine = with_dress(shop, attributes={"发货时间": "现货付款后48小时内发出,XL码要定做,付款后5到7天发出"})
    for asked in ("什么时候发", "要几天才能到"):  # (when it leaves, or how long it takes in all)
        first = engine.reply(asked, item_id="dress-floral", now=at(FRIDAY, 10))
        then = shipping_part(engine.reply("XL呢", first.conversation, item_id="dress-floral", now=at(FRIDAY, 10)))
        assert (then.case, then.facts["ship_time"]) == ("product_ship_time", "XL码要定做,付款后5到7天发出")


def test_a_product_sent_by_a_courier_the_shop_lists_nowhere_is_told_that_one(shop: Shop) -> None:
    """整件走德邦物流, of a shop whose couriers are others (中通, 圆通 …): 「发什么快递」 is 德邦, not the shop's
    default."""
    assert "德邦" not in [c.name for c in shop.shipping.couriers]
    engine = with_dress(shop, attributes={"配送方式": "整件走德邦物流,每单运费6元"})
    part = shipping_part(ask(engine, "发什么快递", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["courier"]) == ("courier_product", "德邦")


def test_a_courier_asked_with_no_place_is_not_told_a_rule_of_some_places_and_a_variant_its_own_courier(
        shop: Shop) -> None:
    """「发顺丰要加钱吗」 names no place: the 5元 of 黑龙江's winter rule is not its fee, the shop's 顺丰 terms
    are; 「XL能发顺丰吗」 is told the clause of the XL's own courier, though it names no 顺丰."""
    engine = with_dress(shop, attributes={"冬季配送": "12月到2月,黑龙江、吉林只发顺丰,每单另加5元放加热包",
                                          "配送方式": "S码和M码走中通或顺丰,XL码的只能走德邦物流"})
    fee = shipping_part(ask(engine, "发顺丰要加钱吗", now=at(FRIDAY, 10)))
    assert fee.case != "own_terms" and "5元" not in fee.text
    big = shipping_part(ask(engine, "XL能发顺丰吗", now=at(FRIDAY, 10)))
    assert big.case == "own_terms" and "XL码的只能走德邦物流" in big.facts["terms"]
    cold = shipping_part(ask(engine, "黑龙江发顺丰要加钱吗", now=at(FRIDAY, 10)))
    assert "每单另加5元" in cold.text


def test_a_products_rule_for_the_places_it_names_leaves_the_others_as_usual(shop: Shop) -> None:
    """「12月15日以后黑龙江、吉林天冷只发顺丰,中通不发」 is a rule of those places: 广州 and 北京 are
    answered as usual; a courier asked to 黑龙江 is told the rule, not 「中通可以的」."""
    cold = "12月15日以后黑龙江、吉林天太冷,只发顺丰,中通不发"
    engine = with_dress(shop, attributes={"冬季配送": cold})
    elsewhere = shipping_part(ask(engine, "到广东几天", now=at(FRIDAY, 10)))
    assert (elsewhere.case, elsewhere.facts["days"]) == ("delivery", "3-5")
    named = shipping_part(ask(engine, "黑龙江发中通可以吗", now=at(FRIDAY, 10)))
    assert (named.case, named.facts["area"], named.facts["region"]) == ("product_area", cold, "黑龙江")
    assert shipping_part(ask(engine, "上海发中通可以吗", now=at(FRIDAY, 10))).case == "courier_ok"


def test_why_not_after_a_region_not_sent_to_says_so_again(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"no_delivery_regions": ["新疆"]})
    first = engine.reply("新疆能发吗", item_id="dress-floral", now=at(FRIDAY, 10))
    then = shipping_part(engine.reply("为啥不发", first.conversation, item_id="dress-floral", now=at(FRIDAY, 10)))
    assert (then.case, then.facts["region"]) == ("no_delivery", "新疆")  # not 「今天发」


def test_a_region_told_to_another_intent_is_kept_for_shipping(engine: Engine) -> None:
    first = engine.reply("我在新疆 会起球吗", item_id="dress-floral", now=at(FRIDAY, 10))
    then = shipping_part(engine.reply("几天能到", first.conversation, item_id="dress-floral", now=at(FRIDAY, 10)))
    assert (first.conversation.region, then.facts["region"]) == ("新疆", "新疆")


def test_a_fact_of_how_it_is_sent_is_not_when_or_where(shop: Shop) -> None:
    """「发货状态: 花苞状态发货」 says how it comes, 「配送方式: 只走顺丰」 by whom: neither is the
    ship day or the places it goes, which the shop's own terms answer."""
    how = {"发货状态": "花苞状态发货,路上不容易压坏", "配送方式": "只走顺丰,不能指定日期"}
    engine = with_dress(shop, attributes=how)
    today = shipping_part(ask(engine, "今天能发吗", now=at(FRIDAY, 10)))
    assert (today.case, today.facts["ship_day"]) == ("ship_today", "今天")
    region = shipping_part(ask(engine, "到广东几天", now=at(FRIDAY, 10)))
    assert (region.case, region.facts["days"]) == ("delivery", "3-5")


@pytest.mark.parametrize("key", ["配送方式", "配送范围", "发货地区"])
def test_a_products_own_delivery_area_is_said_for_a_region_asked(shop: Shop, key: str) -> None:
    area = "只发江苏、浙江、上海、安徽,其他地区请拍冷冻款"
    engine = with_dress(shop, attributes={key: area})
    first = engine.reply("发成都吗", item_id="dress-floral", now=at(FRIDAY, 10))
    part = shipping_part(first)
    assert (part.case, part.facts["area"], part.facts["region"]) == ("product_area", area, "四川")
    assert "今天" not in first.suggestion and area in first.suggestion
    why = shipping_part(engine.reply("为啥不发", first.conversation, item_id="dress-floral", now=at(FRIDAY, 10)))
    assert (why.case, why.facts["region"]) == ("product_area", "四川")  # the same rule, not 「今天发」
    other = shipping_part(ask(Engine(shop, rng=random.Random(0)), "发成都吗", now=at(FRIDAY, 10)))
    assert other.case != "product_area"


def test_a_remote_region_after_a_courier_question_says_both_surcharges(make_engine: Callable[..., Engine]) -> None:
    couriers = [{"name": "中通"}, {"name": "顺丰", "surcharge": 8}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通", "region_surcharge": {"新疆": 15}})
    first = engine.reply("能发顺丰吗", now=at(FRIDAY, 10))
    then = engine.reply("那新疆呢", first.conversation, now=at(FRIDAY, 10))
    part = shipping_part(then)
    assert (part.case, part.facts["surcharge"], part.facts["courier_surcharge"]) == ("remote_courier", "15元", "8元")
    after = shipping_part(engine.reply("那上海呢", then.conversation, now=at(FRIDAY, 10)))
    assert after.facts.get("courier") == "顺丰"  # still the courier asked of


def test_new_years_day_is_off_whatever_the_year_and_said_so(make_engine: Callable[..., Engine]) -> None:
    """1 January is a statutory holiday on a fixed date: said not to ship though 2027's arrangement
    around it is not published (nor listed by the shop); a person confirms the rest."""
    engine = make_engine(shipping={"holidays": []})
    reply = ask(engine, "元旦发货吗", now=dt.datetime(2026, 12, 20, 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["dates"], reply.mode) == ("days_off_fixed", "1月1日", "handoff")


def test_new_years_day_where_the_shop_lists_its_own_days_of_it_is_told_in_full(
        make_engine: Callable[..., Engine]) -> None:
    """The shop's own 1月1日、2日 (2027's arrangement not yet published): those days, the Sunday after them
    it never ships, the day it ships again and today's cut-off, sent without a person."""
    engine = make_engine(shipping={"holidays": ["2027-01-01", "2027-01-02"], "working_days":
                                   ["mon", "tue", "wed", "thu", "fri", "sat"]})
    reply = ask(engine, "元旦发货吗", now=dt.datetime(2026, 12, 31, 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["dates"], part.facts["resume"]) == ("days_off", "1月1日至1月3日", "周一(1月4日)")
    assert part.facts["last_ship"] == "今天" and reply.mode == "auto"
    # asked as a follow-up of another day (「周末发货吗」 … 「元旦呢」): the same, not the bare 1月1日 for a person
    first = ask(engine, "周末发货吗", now=dt.datetime(2026, 12, 10, 10))
    then = shipping_part(engine.reply("元旦呢", first.conversation, item_id="dress-floral",
                                      now=dt.datetime(2026, 12, 10, 10)))
    assert (then.case, then.facts["dates"], then.facts["resume"]) == ("days_off", "1月1日至1月3日", "周一(1月4日)")


def test_tomorrow_on_new_years_eve_is_new_years_day_whatever_the_year(engine: Engine) -> None:
    part = shipping_part(ask(engine, "明天发不发", now=dt.datetime(2026, 12, 31, 10)))
    assert (part.case, part.facts["dates"]) == ("days_off_fixed", "1月1日")


def test_how_long_until_it_is_sent_is_the_products_own_ship_time(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"发货时间": "现货下单后7天内发货"})
    assert shipping_part(ask(engine, "多久发货", now=at(FRIDAY, 10))).case == "product_ship_time"
    assert shipping_part(ask(engine, "多久能到", now=at(FRIDAY, 10))).case != "product_ship_time"  # arrival


def test_another_place_asked_after_a_courier_is_that_courier_there(engine: Engine) -> None:
    first = engine.reply("能发顺丰吗 我在西藏", now=at(FRIDAY, 10))
    then = engine.reply("那换成北京呢", first.conversation, now=at(FRIDAY, 10))
    assert (then.intents, shipping_part(then).facts.get("courier")) == (("shipping",), "顺丰")  # not an order change


def test_the_day_and_a_dearer_courier_asked_together_are_both_said(engine: Engine) -> None:
    part = shipping_part(engine.reply("今天能发吗 发顺丰多少", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["ship_day"], part.facts["surcharge"]) == ("ship_day_courier", "今天", "12元")


def test_another_place_after_a_region_question_is_the_same_question_there(engine: Engine) -> None:
    first = engine.reply("到广州几天", now=at(FRIDAY, 10))
    then = engine.reply("换成北京呢", first.conversation, now=at(FRIDAY, 10))
    assert (then.intents, shipping_part(then).facts["region"]) == (("shipping",), "北京")


def test_the_fee_and_the_courier_asked_together_are_both_said(engine: Engine) -> None:
    part = shipping_part(engine.reply("包邮吗 发什么快递", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["threshold"], part.facts["courier"]) == ("fee_threshold_which", "99元", "中通")


@pytest.mark.parametrize(("message", "cases", "said"), [
    ("几天到 包邮吗", ["fee_threshold", "delivery_default"], ["满99元", "8元", "2-4天"]),
    ("包邮吗 多久能收到", ["fee_threshold", "delivery_default"], ["满99元", "2-4天"]),
    ("几天能到 发啥快递", ["delivery_default", "courier_default"], ["2-4天", "中通"]),
    ("包邮吗 几天到 发什么快递", ["fee_threshold_which", "delivery_default"], ["满99元", "中通", "2-4天"]),
    ("新疆发什么快递", ["remote", "courier_default"], ["新疆", "15元", "中通"]),
    ("包邮吗 发顺丰吗", ["courier_surcharge", "fee_threshold"], ["12元", "满99元"]),  # the order's fee too
    ("包邮不 今天能发吗", ["fee_threshold", "ship_today"], ["满99元", "今天"]),  # the fee, and the day it leaves
    ("今天还能发吗 发啥快递", ["ship_today"], ["今天", "中通"]),  # the day it leaves with the courier in it
])
def test_each_shipping_question_of_a_line_is_answered_in_turn(
        engine: Engine, message: str, cases: list[str], said: list[str]) -> None:
    reply = engine.reply(message, now=at(FRIDAY, 10))
    assert [part.case for part in reply.parts if part.intent == "shipping"] == cases
    assert reply.mode == "auto"
    assert_says(reply, *said)


@pytest.mark.parametrize("text", ["你们店在哪 能自提吗", "你们在哪 能自提吗", "你家在哪里 可以自己去拿吗"])
def test_where_the_shop_is_and_picking_up_are_told_where_it_ships_from_for_a_person(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=at(FRIDAY, 10))
    assert reply.intents[0] == "shipping" and reply.mode != "auto"  # 自提 is not in the file: a person says
    assert reply.parts[0].case == "origin" and "浙江杭州" in reply.suggestion  # not a parcel to trace, not off topic


def test_a_line_asking_one_shipping_thing_gets_one_answer(engine: Engine) -> None:
    assert [part.case for part in engine.reply("包邮吗", now=at(FRIDAY, 10)).parts] == ["fee_threshold"]
    assert [part.case for part in engine.reply("顺丰包邮吗", now=at(FRIDAY, 10)).parts] == ["courier_surcharge"]


def test_a_region_not_delivered_to_is_said_before_a_sold_out_variant(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"no_delivery_regions": ["西藏"]})
    now = dt.datetime(2026, 12, 3, 10)  # 雾霾蓝 M: none left
    first = engine.reply("雾霾蓝M有吗", item_id="dress-floral", now=now)
    then = engine.reply("西藏能发吗", first.conversation, item_id="dress-floral", now=now)
    assert shipping_part(then).case == "no_delivery"


@pytest.mark.parametrize(("message", "case", "dates"), [
    ("几号能到北京", "delivery_dates", "11月29日到12月1日"),  # ships today, 2-4 days on the road (all week)
    ("现在拍哪天能到", "delivery_default_dates", "11月29日到12月1日"),
])
def test_a_date_of_arrival_asked_is_counted_from_the_ship_day(engine: Engine, message: str, case: str,
                                                               dates: str) -> None:
    reply = ask(engine, message, now=at(FRIDAY, 10, 0))
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_day"], part.facts["dates"]) == (case, "今天", dates)
    assert_says(reply, dates)


def test_a_kind_of_goods_named_with_no_page_open_ships_when_its_products_say(
        make_engine: Callable[..., Engine]) -> None:
    """「买床元旦前能到北京吗」 with no page open, where every bed is made to order: their ship times, for a
    person to judge the day; a kind one of whose products is in stock ships by the cut-off as before."""
    def bed(id_: str, name: str, made: str, **more: object) -> dict[str, object]:
        return {"id": id_, "name": name, "category": "床", "price": 2980, "colours": ["原木色"], "sizes": ["1.8米"],
                "attributes": {"发货时间": made}} | more
    made = [bed("oak", "实木双人床", "定制生产,付款后15到25天做好发货"),
            bed("box", "高箱储物床", "定制生产,付款后20到25天做好发货")]
    reply = make_engine(products=made).reply("买床元旦前能到北京吗", now=at(FRIDAY, 10, 0))
    part = shipping_part(reply)
    assert part.case == "product_ship_time" and reply.mode == "handoff"
    assert "15到25天" in str(part.facts["ship_time"]) and "20到25天" in str(part.facts["ship_time"])
    in_stock = [made[0], {**made[1], "attributes": {}}]
    again = shipping_part(make_engine(products=in_stock).reply("买床元旦前能到北京吗", now=at(FRIDAY, 10, 0)))
    assert again.case.startswith("arrive_")


@pytest.mark.parametrize("text", ["刻字的话什么时候发货", "刻字要晚几天发",  # (晚几天发: not 「过几天再发」)
                                  "能刻名字吗 要晚几天发"])  # (刻字 said with 名 between)
def test_when_it_ships_asked_of_a_fact_that_ships_later_tells_that_fact_once(
        make_engine: Callable[..., Engine], text: str) -> None:
    ring = {"id": "ring", "name": "足金素圈戒指", "price": 1980, "colours": ["光面"], "sizes": ["13号", "14号"],
            "attributes": {"刻字": "内圈免费刻字,刻字的订单要多3天发货"}}
    engine = make_engine(products=[ring], keyword_rules=[])  # (the example shop's own rule for 刻字 aside)
    reply = engine.reply(text, item_id="ring", now=at(FRIDAY, 10, 0))
    part = shipping_part(reply)
    assert (part.case, part.facts["ship_time"]) == ("product_ship_time", "内圈免费刻字,刻字的订单要多3天发货")
    assert "今天" not in reply.text  # not the usual ship day
    assert reply.text.count("多3天发货") == 1  # the product's fact beside it repeats it: left out


@pytest.mark.parametrize(("text", "case"), [("今天能发不", "ship_today"), ("刻字的话几天发", "product_ship_time")])
def test_a_ship_time_said_of_one_way_of_buying_is_not_every_orders(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    chain = {"id": "chain", "name": "925银锁骨链", "price": 189, "colours": ["银色"], "sizes": ["40cm", "45cm"],
             "attributes": {"刻字": "吊牌可以刻字,每件加收15元;刻了字的不退不换,刻字款付款后第3个工作日发货"}}
    boxed = {"id": "tea", "name": "红茶", "price": 98, "colours": ["袋装", "礼盒装"], "sizes": ["250g"],
             "attributes": {"包装": "礼盒装付款后3天内发货"}}
    engine = make_engine(products=[chain, boxed], keyword_rules=[])
    reply = engine.reply(text, item_id="chain", now=at(FRIDAY, 10, 0))
    assert shipping_part(reply).case == case
    if case == "product_ship_time":  # (told with the fact it is part of, whichever is told first)
        assert "第3个工作日发货" in shipping_part(reply).facts["ship_time"] and "第3个工作日发货" in reply.text
        assert "今天" not in reply.text
    else:  # the day every order ships, and that way's own beside it
        assert (reply.parts[-1].case, reply.parts[-1].facts["ship_time"]) == ("option_ship_time",
                                                                             "刻字款付款后第3个工作日发货")
    tea = engine.reply("今天能发吗", item_id="tea", now=at(FRIDAY, 10, 0))
    assert [p.case for p in tea.parts] == ["ship_today", "option_ship_time"]
    boxes = shipping_part(engine.reply("礼盒装今天能发吗", item_id="tea", now=at(FRIDAY, 10, 0)))
    assert (boxes.case, boxes.facts["ship_time"]) == ("product_ship_time", "礼盒装付款后3天内发货")


def test_a_ship_time_said_of_a_way_named_by_the_start_of_its_facts_name_is_that_ways_alone(
        make_engine: Callable[..., Engine]) -> None:
    """定制尺寸: …;定制的付款后20天内发货 (定制, not 定制尺寸, said) and 预售说明: 藕粉是预售款,付款后25天左右发货 are
    the ways of buying they name, not every order's time."""
    skirt = {"id": "skirt", "name": "马面裙", "price": 299, "colours": ["月白", "藕粉"], "sizes": ["M"],
             "attributes": {"预售说明": "藕粉是预售款,付款后25天左右发货;月白是现货",
                            "定制尺寸": "可以按身高腰围定制,加收30元;定制的付款后20天内发货,定制款不退不换"}}
    reply = make_engine(products=[skirt], keyword_rules=[]).reply("今天能发吗", item_id="skirt",
                                                                   now=at(FRIDAY, 10, 0))
    assert [p.case for p in reply.parts] == ["ship_today", "option_ship_time"]
    assert reply.parts[-1].facts["ship_time"] == "藕粉是预售款,付款后25天左右发货；定制的付款后20天内发货"


def test_a_ship_time_of_a_way_that_begins_with_the_products_own_name_is_that_ways_alone(
        make_engine: Callable[..., Engine]) -> None:
    """左手琴: 尤克里里左手款…付款后7天发货 names the ukulele first, then the way (左手款): a Saturday's 今天发吗
    is told the shop's cut-off, and the left-handed one's 7 days beside it."""
    ukulele = {"id": "uke", "name": "木弦U1尤克里里", "aliases": ["尤克里里"], "price": 159,
               "colours": ["原木色"], "sizes": ["23寸"],
               "attributes": {"左手琴": "尤克里里左手款可以定做,不加钱,付款后7天发货,定做的不退不换"}}
    reply = make_engine(products=[ukulele], keyword_rules=[]).reply("今天发吗", item_id="uke", now=at(FRIDAY, 10, 0))
    assert [p.case for p in reply.parts] == ["ship_today", "option_ship_time"]
    assert reply.parts[-1].facts["ship_time"] == "尤克里里左手款可以定做,不加钱,付款后7天发货"


def test_arrival_by_a_fixed_day_asked_on_its_eve_and_then_by_another_day(engine: Engine) -> None:
    christmas_eve = dt.datetime(2026, 12, 24, 18, 0)  # a Thursday after the cut-off: Friday ships
    first = engine.reply("圣诞前能到北京吗", item_id="dress-floral", now=christmas_eve)
    assert shipping_part(first).case == "arrive_no"  # by the 24th: not from a parcel leaving the 25th
    then = engine.reply("那元旦前呢", first.conversation, item_id="dress-floral", now=christmas_eve)
    part = shipping_part(then)
    assert (part.case, part.facts["region"], part.facts["weekday"]) == ("arrive_yes", "北京", "元旦前(12月31日)")


@pytest.mark.parametrize("text", ["韵达快递吗", "是韵达快递吗", "走韵达物流吗"])
def test_which_courier_carries_it_asked_with_物流_or_快递_is_shipping_not_a_parcel_to_trace(
        engine: Engine, text: str) -> None:
    reply = ask(engine, text, now=TUESDAY)
    assert reply.intents == ("shipping",)
    assert shipping_part(reply).facts["courier"] == "韵达"


def test_the_dates_of_arrival_of_an_order_paid_on_a_later_day_count_from_that_day(engine: Engine) -> None:
    part = shipping_part(ask(engine, "30号拍的几号到北京", now=at(dt.date(2026, 12, 28), 20, 0)))
    assert (part.case, part.facts["ship_day"]) == ("delivery_dates_paid", "后天(周三)")
    assert part.facts["dates"] == "1月1日到1月3日"  # 2-4 days from the 30th, not from tomorrow


def test_a_delivery_area_that_only_says_how_it_is_delivered_limits_nowhere(make_engine: Callable[..., Engine]) -> None:
    bike = {"id": "bike", "name": "电动车", "price": 2999, "colours": ["白色"], "sizes": ["20Ah"],
            "attributes": {"配送方式": "江浙沪皖送货上门;其他地区发物流到站自提"}}
    engine = make_engine(products=[bike], shipping={"region_surcharge": {"广东": 100}})
    part = shipping_part(engine.reply("发广州运费多少", item_id="bike", now=TUESDAY))
    assert (part.case, part.facts["surcharge"]) == ("region_surcharge", "100元")  # not 偏远, not the area's words


def test_paid_on_one_fixed_day_arriving_by_another(engine: Engine) -> None:
    part = shipping_part(ask(engine, "平安夜下单 圣诞能到北京吗", now=at(dt.date(2026, 12, 20), 10, 0)))
    assert part.case.startswith("arrive_paid_")  # paid on the 24th, by the 25th: counted from the 24th
    assert part.facts["paid"] == "平安夜(12月24日)"
    later = shipping_part(ask(engine, "今天发吗 明天能到上海不", now=at(dt.date(2026, 12, 23), 10, 0)))
    assert later.case.startswith("arrive_")  # the arrival asked of the later day, not only the days on the road
    by_today = shipping_part(ask(engine, "今天拍元旦前能到广州吗", now=at(dt.date(2026, 12, 31), 10, 0)))
    assert by_today.case == "arrive_paid_no"  # on the 31st, 元旦前 is today: no parcel paid now makes it


@pytest.mark.parametrize("day", [dt.date(2026, 12, 9), dt.date(2026, 12, 12), dt.date(2026, 12, 13)])
def test_whether_the_weekend_ships_is_both_days(engine: Engine, day: dt.date) -> None:
    part = shipping_part(ask(engine, "周末发货吗", now=at(day, 10, 0)))  # the example shop works Saturdays only
    assert (part.case, part.facts["saturday_cutoff"]) == ("weekend_saturday", "16:00")
    assert "周一" in str(part.facts["ship_day"])


def test_a_shop_shipping_all_week_ships_at_the_weekend(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(shipping={"working_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]})
    assert shipping_part(ask(engine, "周末发货吗", now=at(dt.date(2026, 12, 9), 10, 0))).case == "weekend_yes"


def test_arrival_by_a_day_of_a_fact_that_ships_some_working_days_later_is_no_promise(
        make_engine: Callable[..., Engine]) -> None:
    watch = {"id": "watch", "name": "机械男表", "price": 1899, "colours": ["黑盘"], "sizes": ["钢带"],
             "attributes": {"刻字": "表背免费刻字;刻字的表要多3个工作日才能发货"}}
    engine = make_engine(products=[watch], keyword_rules=[])
    reply = engine.reply("刻字的话圣诞前能到吗 我在杭州", item_id="watch", now=at(dt.date(2026, 12, 19), 10, 0))
    part = shipping_part(reply)
    assert (part.case, reply.mode) == ("product_ship_time", "handoff")  # not 「今天发出，圣诞前能到」
    assert "多3个工作日才能发货" in part.facts["ship_time"]


@pytest.mark.parametrize(("text", "case"), [("送新疆吗", "no_delivery"), ("送北京吗", "delivery")])
def test_a_region_right_after_送_asks_whether_it_goes_there_not_for_a_gift(text: str, case: str) -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    reply = snacks.reply(text, item_id="jerky", now=dt.datetime(2026, 12, 15, 10))
    assert reply.intents == ("shipping",) and reply.parts[0].case == case


@pytest.mark.parametrize("text", ["能赶上圣诞吗 我在北京", "赶得上圣诞吗 北京", "25号来得及吗 北京",
                                  "25号婚礼能赶上吗 寄北京"])
def test_catching_a_day_said_before_it_asks_whether_it_arrives_by_then(engine: Engine, text: str) -> None:
    part = shipping_part(ask(engine, text, now=dt.datetime(2026, 12, 12, 10)))
    assert (part.case, part.facts["region"]) == ("arrive_yes", "北京")


@pytest.mark.parametrize(("text", "case", "by"), [
    ("女朋友25号生日 现在拍能到北京吗", "arrive_yes", "12月25日"),  # the day of what happens, not the day paid
    ("我妈13号生日 发北京能到吗", "arrive_no", "明天(周日)"),  # leaves today, two days at least to 北京
    ("我25号去北京出差 今天拍能到吗", "arrive_paid_yes", "12月25日"),  # paid today, by the trip
    ("我25号去北京出差 连衣裙跟外套一起今天拍能到吗", "arrive_paid_yes", "12月25日"),  # however far the question
    ("下周五要用 明天拍能到北京吗", "arrive_paid_yes", "12月18日"),
    ("下周五公司年会 现在拍来得及吗 寄北京", "arrive_yes", "12月18日"),  # whose occasion it is, said between
    ("16号老公生日 今天拍能到北京吗", "arrive_paid_yes", "12月16日"),
])
def test_a_day_said_with_what_happens_then_is_the_day_to_arrive_by(engine: Engine, text: str, case: str,
                                                                    by: str) -> None:
    reply = ask(engine, text, now=dt.datetime(2026, 12, 12, 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["region"]) == (case, "北京")
    assert by in reply.text or by in str(part.facts)


def test_a_day_said_with_what_happens_then_asks_no_arrival_unless_asked(engine: Engine) -> None:
    """「我25号生日 今天发货吗」: whether it leaves today, not whether it makes the 25th."""
    part = shipping_part(ask(engine, "我25号生日 今天发货吗", now=dt.datetime(2026, 12, 12, 10)))
    assert part.case == "ship_today"


@pytest.mark.parametrize("text", ["到乌鲁木齐要多久", "发新疆几天能到"])
def test_how_long_to_a_far_region_of_a_product_made_to_order_says_when_it_is_made(shop: Shop, text: str) -> None:
    """「到包头要多久」 of a bed made in 15-25 days: those days first, then the region's fee and road."""
    engine = with_dress(shop, attributes={"发货时间": "定制款,付款后15到25天做好发货"})
    reply = ask(engine, text)
    assert [p.case for p in reply.parts] == ["product_ship_time", "remote"]
    assert "15到25天" in reply.text and "5-8" in reply.text  # made, then on the road to 新疆
    fee_only = ask(engine, "发新疆运费多少")
    assert [p.case for p in fee_only.parts] == ["remote"]  # the fee asked alone is the fee


def test_how_long_right_after_a_places_fee_is_to_that_place(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"掉色": "头几天洗会有一点浮色,正常现象"})  # 几天 in a fact's words
    now = dt.datetime(2026, 12, 15, 10)
    first = ask(engine, "新疆包邮吗", now=now)
    then = engine.reply("要几天", first.conversation, item_id="dress-floral", now=now)
    assert then.intents == ("shipping",) and then.parts[0].facts.get("region") == "新疆"


@pytest.mark.parametrize("text", ["今天下单明天能到北京吗", "明天能到北京吗"])
def test_too_late_paid_today_is_said_without_才能_of_today(engine: Engine, text: str) -> None:
    for seed in range(4):  # every wording
        reply = Engine(engine.shop, rng=random.Random(seed)).reply(text, item_id="dress-floral",
                                                                   now=dt.datetime(2026, 12, 9, 10))
        part = shipping_part(reply)
        assert part.case.endswith("_no") and "今天才能" not in part.text


def test_arriving_and_how_long_in_two_clauses_is_no_question_of_the_road(make_engine: Callable[..., Engine]) -> None:
    beans = {"id": "beans", "name": "意式拼配咖啡豆", "price": 58, "colours": ["中深烘"], "sizes": ["227g"],
             "attributes": {"养豆": "收到后再放3到5天再做浓缩"}}
    reply = make_engine(products=[beans]).reply("收到后要养豆吗 养几天", item_id="beans", now=TUESDAY)
    assert reply.intents[0] == "product" and "3到5天" in reply.suggestion  # the beans' rest, not days on the road


#: Braised duck neck in two packings: 锁鲜装 goes by 顺丰 cold chain only, which does not reach 新疆.
_DUCK = {"id": "duck", "name": "卤鸭脖", "price": 29.9, "colours": ["中辣"], "sizes": ["真空装", "锁鲜装"],
         "variant_aliases": {"锁鲜装": ["锁鲜"]},
         "attributes": {"配送方式": "真空装走中通普通快递;锁鲜装只走顺丰冷链,要补12元",
                        "冷链范围": "新疆、西藏冷链到不了,这些地方只能拍真空装"}}


@pytest.mark.parametrize(("text", "case", "said"), [
    ("锁鲜的今天发不发", "ship_today", "顺丰"),  # the packing's own courier, as its fact says
    ("真空装今天发吗", "ship_today", "中通"),
    ("我在新疆 锁鲜装能发吗", "product_area", "冷链到不了"),  # the product's own limit, not 新疆's fee
    ("真空装发新疆运费多少", "remote", "新疆"),  # the packing the rule still sends there: as usual
    ("锁鲜装发中通可以吗", "courier_not_for_product", "只"),  # 只走顺丰: no other courier
    ("锁鲜装发什么快递", "courier_product", "顺丰"),
    ("真空装发中通可以吗", "courier_ok", "中通"),  # 走中通, not 只走: the shop's couriers as usual
])
def test_a_variant_sent_its_own_way_is_answered_by_its_fact(
        make_engine: Callable[..., Engine], text: str, case: str, said: str) -> None:
    engine = make_engine(products=[_DUCK], promotions=[])
    reply = engine.reply(text, item_id="duck", now=at(FRIDAY, 10))
    assert shipping_part(reply).case == case
    assert said in reply.suggestion


#: Curtain rods by length; the two longest, named together in one clause, go by 德邦 alone.
_RODS = {"id": "rod", "name": "罗马杆", "price": 69, "colours": ["黑色"], "sizes": ["2米", "3米", "3.5米"],
         "prices": {"3米": 129, "3.5米": 159},
         "attributes": {"配送方式": "3米和3.5米的罗马杆超长,只能走德邦物流,3到5天到"}}


@pytest.mark.parametrize(("text", "case", "said"), [
    ("3米的发什么快递", "courier_product", "德邦"),  # named beside 3.5米 in the clause: of both
    ("3.5米的发什么快递", "courier_product", "德邦"),
    ("3米的能发中通吗", "courier_not_for_product", "德邦"),
    ("2米的发什么快递", "courier_default", "中通"),  # the clause does not name it: the shop's as usual
])
def test_variants_listed_together_in_a_fact_go_the_way_it_says_of_them(
        make_engine: Callable[..., Engine], text: str, case: str, said: str) -> None:
    reply = make_engine(products=[_RODS], promotions=[]).reply(text, item_id="rod", now=at(FRIDAY, 10))
    assert shipping_part(reply).case == case
    assert said in reply.suggestion


#: Copy paper by the pack or the box; the box is not sent to the far west.
_PAPER = {"id": "paper", "name": "A4复印纸", "price": 25, "colours": ["70g"], "sizes": ["单包", "整箱"],
          "prices": {"整箱": 119}, "attributes": {"配送方式": "整箱只走德邦快递,单包走中通;新疆、西藏、青海不发整箱"}}


def test_a_variant_kept_from_a_place_is_told_so_and_another_is_sent_there_as_usual(
        make_engine: Callable[..., Engine]) -> None:
    """「新疆能发吗 要整箱的」: the product's own words keep the box from 新疆; 「那单包呢 运费多少」 goes as usual
    (the region's fee), and 「几天能到」 after it is the pack's days there, not the box's limit again."""
    engine = make_engine(products=[_PAPER], promotions=[])
    first = engine.reply("新疆能发吗 要整箱的", item_id="paper", now=at(FRIDAY, 10))
    assert shipping_part(first).case == "product_area" and "不发整箱" in first.suggestion
    second = engine.reply("那单包呢 运费多少", first.conversation, item_id="paper", now=at(FRIDAY, 10))
    assert shipping_part(second).case == "remote" and "新疆" in second.suggestion
    third = engine.reply("几天能到", second.conversation, item_id="paper", now=at(FRIDAY, 10))
    assert "days" in shipping_part(third).facts


@pytest.mark.parametrize("text", ["京东自营吗", "你们是京东自营吗 正品吗"])
def test_whose_store_it_is_asks_no_courier(make_engine: Callable[..., Engine], text: str) -> None:
    reply = make_engine().reply(text, item_id="dress-floral", now=TUESDAY)
    assert "shipping" not in reply.intents and "不用补差价" not in reply.suggestion


@pytest.mark.parametrize(("fields", "case", "told"), [
    # the page says it goes free: that, not the shop's 满99包邮 (the dress is 169元 anyway, so 99 is no help)
    ({"name": "面料小样册", "selling_points": "全店面料的小样一本,每块15x15厘米,包邮寄出"}, "own_terms", "包邮寄出"),
    # the samples go free, not the goods (a curtain's 布样): the shop's rule
    ({"attributes": {"布样": "可以免费寄纱样,每次最多选3个,包邮寄出"}}, None, None),
    ({"selling_points": "垂感好。下单前可以免费寄布样,包邮寄出"}, None, None),
    ({"attributes": {"运费": "本品包邮"}}, "own_terms", "本品包邮"),
    # a condition or a place left out is no plain 包邮: the shop's rule
    ({"selling_points": "满2件包邮,单件运费8元"}, None, None),
    ({"selling_points": "包邮(偏远地区除外)"}, None, None),
    # a return's postage paid (验机 of a used phone) says nothing of sending it
    ({"attributes": {"验机": "收到后3天内验机,和描述不符包退,来回运费我们出"}}, None, None),
    # nor carrying it up the stairs (a table's 送货上楼: 电梯房免费送货上楼;楼梯房4楼起每层加收20元)
    ({"attributes": {"送货上楼": "电梯房免费送货上楼;楼梯房1到3楼免费,4楼起每层加收20元"}}, None, None),
])
def test_a_products_own_free_shipping_is_told_over_the_shops_rule(
        shop: Shop, fields: dict[str, object], case: str | None, told: str | None) -> None:
    part = shipping_part(ask(with_dress(shop, **fields), "包邮吗", now=at(FRIDAY, 10)))
    if case is None:
        assert part.case != "own_terms"
    else:
        assert (part.case, part.facts["terms"]) == (case, told)


def test_a_remote_fee_in_the_products_own_facts_is_told_over_the_shops(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"偏远地区运费": "新疆、西藏、甘肃每单补10元"})
    part = shipping_part(ask(engine, "发甘肃要加钱吗", now=at(FRIDAY, 10)))
    assert part.case == "own_terms" and "每单补10元" in part.facts["terms"]


@pytest.mark.parametrize("text", ["黑色M有吗 元旦前能到北京吗", "有黑色M吗 能到北京吗"])
def test_arrival_asked_beside_stock_is_answered_too(shop: Shop, text: str) -> None:
    reply = with_dress(shop).reply(text, item_id="dress-floral", now=at(FRIDAY, 10))
    assert reply.intents == ("stock", "shipping")
    assert "北京" in shipping_part(reply).text


def test_days_asked_of_a_place_the_products_own_fee_names_are_told_after_that_fee(shop: Shop) -> None:
    engine = with_dress(shop, attributes={"偏远地区运费": "新疆、西藏每件补20元"})
    reply = ask(engine, "几天能到乌鲁木齐", now=at(FRIDAY, 10))
    assert [p.case for p in reply.parts] == ["own_terms", "delivery"]  # its own fee, then the days on the road
    assert "每件补20元" in reply.text and reply.parts[1].facts["region"] == "新疆" and reply.parts[1].facts["days"]


@pytest.mark.parametrize("text", ["安能几天到", "能发安能吗"])
def test_a_courier_the_product_goes_by_only_in_its_own_words_is_told_those_words(shop: Shop, text: str) -> None:
    # 安能, 跨越, 优速 are couriers a shop file may name; a product sent by 顺丰 alone whose 快递 fact
    # says where 安能 takes over is told that fact, not 「发不了安能」
    words = "默认发顺丰,顺丰到不了的乡镇改发安能物流,安能大概3到6天到"
    engine = with_dress(shop, couriers=["顺丰"], attributes={"快递": words})
    part = shipping_part(ask(engine, text, now=at(FRIDAY, 10)))
    assert part.case == "own_terms" and "安能大概3到6天到" in part.facts["terms"]


#: A dog food whose big bag goes by its own terms, and a sampler free everywhere but six provinces.
DOG_FOOD = {"id": "dog", "name": "犬粮", "price": 89, "colours": ["成犬"], "sizes": ["2kg", "20kg"],
            "prices": {"20kg": 459}, "variant_aliases": {"20kg": ["大袋"]},
            "attributes": {"配送方式": "20kg大袋太重,只走韵达;江浙沪皖和山东包邮,其他省份每袋另补15元运费",
                           "发货地": "江西赣州果园直发,不从杭州发"}}
SAMPLER = {"id": "sampler", "name": "试喝装", "price": 19.9, "colours": ["六款"], "sizes": ["6包"],
           "attributes": {"运费": "试喝装全国包邮(新疆、西藏、青海除外),只发中通"}}


@pytest.mark.parametrize(("item", "message", "terms"), [
    ("dog", "20kg的包邮吗 我广东的", "江浙沪皖和山东包邮,其他省份每袋另补15元运费"),  # the big bag's own fee
    ("sampler", "试喝装包油吗", "试喝装全国包邮(新疆、西藏、青海除外)"),  # free on its own terms, not 满99包邮
    ("dog", "从哪里发货的", "江西赣州果园直发,不从杭州发"),  # its own 发货地, not the shop's
])
def test_a_products_own_terms_of_sending_answer_for_it(make_engine: Callable[..., Engine], item: str, message: str,
                                                       terms: str) -> None:
    engine = make_engine(products=[DOG_FOOD, SAMPLER])
    part = shipping_part(engine.reply(message, item_id=item, now=dt.datetime(2026, 12, 3, 10)))
    assert (part.case, part.facts["terms"]) == ("own_terms", terms)


def test_the_shops_own_rule_answers_a_variant_its_product_says_nothing_of(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[DOG_FOOD])
    part = shipping_part(engine.reply("2kg的包邮吗 我广东的", item_id="dog", now=dt.datetime(2026, 12, 3, 10)))
    assert part.case != "own_terms"


@pytest.mark.parametrize("first", ["包邮吗", "包邮吗 几天到广州"])
@pytest.mark.parametrize("then", ["买两件呢", "拍2件呢", "两件的话"])
def test_how_many_right_after_the_fee_is_the_fee_of_that_many_not_a_deal(engine: Engine, first: str,
                                                                          then: str) -> None:
    told = engine.reply(first, item_id="tee-basic", now=TUESDAY)
    reply = engine.reply(then, told.conversation, item_id="tee-basic", now=TUESDAY)
    assert reply.intents[0] == "shipping"
    assert (shipping_part(reply).case, shipping_part(reply).facts["price"]) == ("fee_item_free", "2份共118元")


@pytest.mark.parametrize(("by", "case"), [("12月20日前能到北京吗", "arrive_maybe"),
                                         ("12月28日前能到北京吗", "arrive_yes")])
def test_a_presale_sent_over_days_its_fact_gives_arrives_by_the_last_of_them(shop: Shop, by: str, case: str) -> None:
    """Sent 12月14日起…12月18日前全部发出: a day the 14th would make but the 18th may not is 「有可能」."""
    engine = with_dress(shop, sold_out=True, restock=[{"date": dt.date(2026, 12, 14), "presale": True}],
                        attributes={"发货时间": "12月14日起按付款顺序发货,12月18日前全部发出"})
    assert shipping_part(ask(engine, by, now=dt.datetime(2026, 12, 3, 10))).case == case


@pytest.mark.parametrize(("item", "case"), [(None, "courier_ok_except"), ("dress-floral", "courier_not_for_product"),
                                            ("tee-basic", "courier_ok")])
def test_a_courier_asked_with_no_product_in_view_names_the_products_that_never_go_by_it(
        shop: Shop, item: str | None, case: str) -> None:
    """「发圆通吗」 where the dress goes by 顺丰 only: yes, but not the dress (on its page: no)."""
    engine = with_dress(shop, couriers=["顺丰"])
    part = shipping_part(engine.reply("发圆通吗", item_id=item, now=TUESDAY))
    assert part.case == case
    if item is None:
        assert part.facts["except"] == "法式碎花长袖连衣裙只发顺丰"


def test_a_remote_fee_the_products_own_terms_leave_unpriced_is_the_shops(shop: Shop) -> None:
    """「发新疆吗 运费多少」 of a product whose 配送方式 says only how long 新疆 takes: that, and the
    shop's own 偏远 fee for 新疆."""
    engine = with_dress(shop, attributes={"配送方式": "新疆、西藏路上要久一些,8到12天到"})
    reply = ask(engine, "发新疆吗 运费多少", now=at(FRIDAY, 10))
    fee = reply.parts[1]
    assert (reply.parts[0].case, fee.case, fee.facts["region"]) == ("own_terms", "remote_fee", "新疆")
    assert fee.facts["surcharge"] == f"{shop.shipping.surcharge_for('新疆'):g}元"


def test_a_size_right_after_the_fee_is_the_fee_of_that_size(make_engine: Callable[..., Engine]) -> None:
    """「1包包邮吗」 … 「那3包呢」 of wipes in 1包 (12.9) and 3包 (34.9): the fee of the 3包, not when it ships."""
    wipes = {"id": "wipes", "name": "手口湿巾", "price": 12.9, "colours": ["带盖"], "sizes": ["1包", "3包"],
             "prices": {"3包": 34.9}}
    engine = make_engine(products=[wipes], promotions=[])
    first = engine.reply("1包包邮吗", item_id="wipes", now=TUESDAY)
    then = engine.reply("那3包呢", first.conversation, item_id="wipes", now=TUESDAY)
    assert (shipping_part(then).case, shipping_part(then).facts["price"]) == ("fee_item_paid", "34.9元")


@pytest.mark.parametrize(("then", "said"), [
    ("明天能发吗", "黑色 L"),  # the black L, still sold out, beside the shop's day
    ("今天能发吗", "黑色 L"),
    ("白色L今天能发吗", None),  # another named: its own day alone
    ("几天到北京", "黑色 L"),  # the days on the road of what is in stock, and not that one
])
def test_a_day_asked_after_a_sold_out_variant_says_that_one_is_not_sent(shop: Shop, then: str,
                                                                         said: str | None) -> None:
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["stock"]["黑色"]["L"] = 0
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    told = engine.reply("黑色L有吗", item_id="dress-floral", now=TUESDAY)
    reply = engine.reply(then, told.conversation, item_id="dress-floral", now=TUESDAY)
    besides = [part for part in reply.parts if part.case.startswith("sold_out_besides")]
    assert [str(part.facts["product"]).split(" ", 1)[1] for part in besides] == ([said] if said else [])


@pytest.mark.parametrize(("then", "case"), [("明天能发吗", "weekday_yes"), ("那什么时候能发货", "sold_out")])
def test_a_day_asked_after_a_sold_out_variant_is_the_shops_ship_day(shop: Shop, then: str, case: str) -> None:
    """「黑色L有吗」 told sold out and what is in stock, then 「明天能发吗」: the shop's ship day; 「那什么时候能
    发货」 still asks of the black L."""
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["stock"]["黑色"]["L"] = 0
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    told = engine.reply("黑色L有吗", item_id="dress-floral", now=TUESDAY)
    assert told.parts[0].case == "sold_out"
    assert shipping_part(engine.reply(then, told.conversation, item_id="dress-floral", now=TUESDAY)).case == case


@pytest.mark.parametrize(("text", "case"), [("今天拍什么时候发", "ship_today"), ("几天能到北京", "delivery")])
def test_a_running_promotion_that_ships_later_says_so_beside_the_ship_day(make_engine: Callable[..., Engine],
                                                                           text: str, case: str) -> None:
    """双12狂欢 whose terms say 发货可能延迟到付款后48小时内: said with the day it ships, while it runs."""
    promotions = [{"name": "双12狂欢", "description": "全店每满300减40;活动期间单量大,发货可能延迟到付款后48小时内。",
                   "start": "2026-12-10", "end": "2026-12-12"}]
    engine = make_engine(promotions=promotions)
    during = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 10, 10))
    assert [p.case for p in during.parts] == [case, "promotion_delay"]
    assert during.parts[1].facts["note"] == "活动期间单量大,发货可能延迟到付款后48小时内"
    before = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 8, 10))
    assert [p.case for p in before.parts] == [case]  # not running yet: the usual day alone


@pytest.mark.parametrize(("text", "cases"), [
    ("发顺丰还是中通", [("courier_surcharge", "顺丰"), ("courier_ok", "中通")]),  # +12元, and the default
    ("能发圆通或者极兔吗", [("courier_ok", "圆通"), ("courier_no", "极兔")]),
])
def test_two_couriers_asked_either_way_are_each_told(make_engine: Callable[..., Engine], text: str,
                                                      cases: list[tuple[str, str]]) -> None:
    """「发顺风还是京东的」 of a shop that sends by 顺丰 alone: 顺丰 yes and 京东 no, not 顺丰 alone."""
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "圆通"}, {"name": "顺丰", "surcharge": 12}]})
    reply = ask(engine, text)
    assert [(p.case, p.facts["courier"]) for p in reply.parts] == cases


@pytest.mark.parametrize(("note", "sent"), [
    ("大件走EMS,不能指定别的快递", True),  # no other, said: told by itself
    ("大件走EMS,城区送货到楼下", False),  # only which it goes by: a person says whether another may
])
def test_another_courier_of_goods_whose_fact_refuses_any_other_is_told_no_by_itself(shop: Shop, note: str,
                                                                                  sent: bool) -> None:
    reply = ask(with_dress(shop, attributes={"配送方式": note}), "能发中通吗")
    case = "courier_not_for_product" if sent else "courier_usual_for_product"  # (a person says whether it may)
    assert shipping_part(reply).case == case and (reply.mode == "auto") is sent


def test_a_product_whose_fact_says_the_one_courier_it_goes_by_goes_by_that_alone(shop: Shop) -> None:
    """配送方式: 大件走EMS,送货到楼下: 「能发中通吗」 is told it usually goes by EMS, a person saying whether the
    shop's 中通 may take it (no 只 is written), and 「发什么快递」 is EMS (where the fact names two couriers it is a
    choice, the shop's as before)."""
    engine = with_dress(shop, attributes={"配送方式": "大件走EMS,城区送货到楼下"})
    reply = ask(engine, "能发中通吗")
    part = shipping_part(reply)
    assert (part.case, part.facts["couriers"], reply.mode) == ("courier_usual_for_product", "EMS", "handoff")
    assert "发不了" not in reply.suggestion
    assert shipping_part(ask(engine, "发什么快递")).case == "courier_product"
    choice = with_dress(shop, attributes={"配送方式": "默认走中通,要走EMS的补8元"})
    assert shipping_part(ask(choice, "能发中通吗")).case.startswith("courier_ok")



@pytest.mark.parametrize(("text", "courier"), [("L码发什么快递", "EMS"), ("L码今天能发吗", "EMS"),
                                               ("M码发什么快递", "中通"), ("M码今天能发吗", "中通")])
def test_a_variants_courier_said_between_commas_is_that_variants(shop: Shop, text: str, courier: str) -> None:
    """从上海发中通快递,L码体积大走EMS: L goes by EMS; M by the shop's own, 中通 first."""
    engine = with_dress(shop, attributes={"配送方式": "从上海发中通快递,L码体积大走EMS"})
    part = shipping_part(ask(engine, text))
    assert part.facts.get("courier") == courier

@pytest.mark.parametrize(("text", "case", "price"), [("袜子一双多少 三双包邮吗", "fee_item_free", "3份共117元"),
                                                     ("一双多少钱 包邮吗", "fee_item_paid", "39元")])
def test_the_count_in_the_clause_asking_the_fee_is_the_one_it_asks_of(make_engine: Callable[..., Engine], text: str,
                                                                       case: str, price: str) -> None:
    """「袜子一双多少 三双包油吗」: three pairs, 117元, over 99元: 包邮 (not one pair's 8元 fee)."""
    socks = {"id": "socks", "name": "羊毛徒步袜", "aliases": ["袜子"], "price": 39, "colours": ["黑色"], "sizes": ["L"]}
    reply = make_engine(products=[socks]).reply(text, item_id="socks", now=TUESDAY)
    part = shipping_part(reply)
    assert (part.case, part.facts["price"]) == (case, price)


def test_where_it_leaves_from_and_how_long_it_takes_asked_together_are_both_told(shop: Shop) -> None:
    """「从哪里发货 几天到」 of a plant whose facts say 云南昆明基地直发 and 全国大部分地区都能发,一般3到5天到."""
    engine = with_dress(shop, attributes={"发货地": "云南昆明基地直发",
                                          "配送方式": "默认邮政;全国大部分地区都能发,一般3到5天到"})
    reply = ask(engine, "从哪里发货 几天到", now=at(FRIDAY, 10))
    assert [p.facts["terms"] for p in reply.parts] == ["云南昆明基地直发", "全国大部分地区都能发,一般3到5天到"]
    alone = shipping_part(ask(engine, "几天能到", now=at(FRIDAY, 10)))
    assert (alone.case, alone.facts["terms"]) == ("own_terms", "全国大部分地区都能发,一般3到5天到")
    # with no days of its own: where from, and the shop's own days anywhere
    both = ask(with_dress(shop, attributes={"发货地": "云南昆明基地直发"}), "从哪里发货 几天到", now=at(FRIDAY, 10))
    assert [p.case for p in both.parts] == ["own_terms", "delivery_default"]
    assert both.parts[1].facts["days"] == span(*shop.shipping.default_delivery_days)


@pytest.mark.parametrize(("text", "hour", "case"), [
    ("今天能发吗", 13, "own_same_day"),  # 13:00, before its own 15点: today
    ("今天能发吗", 16, "own_same_day_passed"),  # after it: its words for later
    ("今天下单今天能送到吗", 13, "own_same_day"),
    ("什么时候发货", 14, "own_same_day"),
    ("明天能发吗", 13, "product_ship_time"),  # another day: its words, no clock
])
def test_a_products_own_cut_off_in_its_words_is_held_to_the_clock(shop: Shop, text: str, hour: int, case: str) -> None:
    """鲜花 whose 配送时间 says 当天15点前下单可以当天送到: 「今天能送到吗」 at 13:00 is yes, at 16:00 it is past."""
    terms = "当天15点前下单可以当天送到,15点以后下单最早第二天送"
    engine = with_dress(shop, attributes={"配送时间": terms})
    part = shipping_part(ask(engine, text, now=at(FRIDAY, hour)))
    assert part.case == case
    assert part.facts.get("cutoff", "15点") == "15点" and part.facts.get("done", "当天送到") == "当天送到"


@pytest.mark.parametrize(("hour", "minute", "case"), [(10, 0, "own_same_day"), (15, 50, "own_same_day"),
                                                    (16, 10, "own_same_day_passed")])
def test_a_products_own_cut_off_said_in_the_afternoon_is_that_hour_of_the_afternoon(
        shop: Shop, hour: int, minute: int, case: str) -> None:
    """发货时间: 现货,下午4点前付款当天发 is 16:00, not four in the morning."""
    engine = with_dress(shop, attributes={"发货时间": "现货,下午4点前付款当天发"})
    part = shipping_part(ask(engine, "现在拍今天能发吗", now=at(FRIDAY, hour, minute)))
    assert part.case == case and part.facts["cutoff"] == "16点"


def test_a_courier_free_over_a_sum_counts_what_the_order_pays_after_the_items_own_cut(
        make_engine: Callable[..., Engine]) -> None:
    """满169发顺丰 of a 169元 dress while its own 直降30 runs: 139元 paid, short of it (not 「够169元」)."""
    cut = {"name": "年终好价", "description": "碎花裙直降30元", "products": ["dress-floral"],
           "start": "2026-11-01", "end": "2026-12-31"}
    couriers = [{"name": "中通"}, {"name": "顺丰", "surcharge": 12, "free_over": 169}]
    engine = make_engine(shipping={"couriers": couriers}, promotions=[cut])
    part = shipping_part(ask(engine, "能发顺丰吗"))
    assert (part.case, part.facts["price"]) == ("courier_free_over_short", "139元")
    plain = shipping_part(ask(make_engine(shipping={"couriers": couriers}, promotions=[]), "能发顺丰吗"))
    assert (plain.case, plain.facts["price"]) == ("courier_free_over_reached", "169元")  # no cut: 169 reaches it


@pytest.mark.parametrize(("text", "free"), [("试吃装包邮吗", True), ("1.5kg包邮吗", False)])
def test_a_variant_a_running_promotion_sends_free_is_told_its_terms(make_engine: Callable[..., Engine], text: str,
                                                                    free: bool) -> None:
    """「试吃装包油不」 while 试吃装9.9元包邮 runs for the food: that promotion's terms, not the shop's 满99 rule."""
    food = {"id": "food", "name": "成猫粮", "price": 9.9, "colours": ["鸡肉味"], "sizes": ["试吃装200g", "1.5kg"],
            "prices": {"1.5kg": 69}, "variant_aliases": {"试吃装200g": ["试吃装"]}}
    trial = {"name": "试吃装9.9元包邮", "description": "试吃装200g每个ID限购1份,9.9元包邮", "products": ["food"],
             "start": "2026-11-01", "end": "2026-12-31"}
    part = shipping_part(make_engine(products=[food], promotions=[trial]).reply(text, item_id="food", now=TUESDAY))
    assert (part.case == "own_terms" and "9.9元包邮" in str(part.facts["terms"])) is free


@pytest.mark.parametrize(("text", "case", "price"), [
    ("能发顺丰吗", "courier_free_over_short", "169元"),  # one dress: 169元, short of 199元: 补12元
    ("两件能发顺丰吗", "courier_free_over_reached", "338元"),  # two: free
])
def test_a_courier_free_for_an_order_over_a_sum_is_told_of_this_order(
        make_engine: Callable[..., Engine], text: str, case: str, price: str) -> None:
    """couriers: {name: 顺丰, surcharge: 12, free_over: 199}: 满199发顺丰, else 补12元."""
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "顺丰", "surcharge": 12, "free_over": 199}]})
    part = shipping_part(ask(engine, text))
    assert (part.case, part.facts["price"], part.facts["free_over"]) == (case, price, "199元")
    assert ("12元" in part.text) == (case == "courier_free_over_short")
    anywhere = shipping_part(engine.reply("顺丰要加钱吗", now=TUESDAY))  # no item: the terms
    assert (anywhere.case, anywhere.facts["surcharge"]) == ("courier_free_over", "12元")
    assert "满199元不加钱" in shipping_part(ask(engine, "发什么快递")).facts["couriers"]


@pytest.mark.parametrize(("text", "cases"), [
    ("发什么快递 顺丰要加钱吗", ["courier_product", "courier_free_over_reached"]),  # 169元 reaches 150: free
    ("发什么快递", ["courier_product"]),
    ("顺丰要加钱吗", ["courier_free_over_reached"]),
])
def test_which_courier_and_what_it_costs_asked_in_one_line_are_both_told(
        make_engine: Callable[..., Engine], text: str, cases: list[str]) -> None:
    """A dress sent by 顺丰 alone, 顺丰 补12元 below 150元: 「发什么快递 顺丰要加钱吗」 is told both (169元: free)."""
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "顺丰", "surcharge": 12, "free_over": 150}]})
    reply = ask(with_dress(engine.shop, couriers=["顺丰"]), text)
    assert [p.case for p in reply.parts if p.intent == "shipping"] == cases
    assert ("150元" in reply.suggestion) == ("courier_free_over_reached" in cases)


def test_a_count_right_after_a_couriers_cost_is_that_courier_for_so_many(make_engine: Callable[..., Engine]) -> None:
    """「能发顺丰吗」 (169元: 补12元) … 「两件呢」: 338元 reaches 199, 顺丰 costs nothing more; not a price."""
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "顺丰", "surcharge": 12, "free_over": 199}]})
    first = engine.reply("能发顺丰吗", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "courier_free_over_short"
    then = shipping_part(engine.reply("两件呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert (then.case, then.facts["price"]) == ("courier_free_over_reached", "338元")
    variant = shipping_part(engine.reply("雾霾蓝的呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert variant.case.startswith("courier_free_over")  # a variant named next: that courier for it


def test_a_place_right_after_a_courier_the_shop_has_not_asks_of_the_place(engine: Engine) -> None:
    """「能发申通吗」 (no: 中通, 顺丰) … 「新疆呢」: the place's terms, not 申通 refused again."""
    first = engine.reply("能发申通吗", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "courier_no"
    then = shipping_part(engine.reply("新疆呢", first.conversation, item_id="dress-floral", now=TUESDAY))
    assert then.case != "courier_no" and then.facts.get("region") == "新疆"


def test_a_place_named_as_a_group_with_its_days_is_sent_to_in_those_days(shop: Shop) -> None:
    """配送方式: 东北三省要2到3天,新疆到不了: 哈尔滨 is sent to (not kept away as 新疆 is)."""
    terms = "只走顺丰冷链;江浙沪次日达,东北三省要2到3天;新疆、西藏到不了,不发"
    engine = with_dress(shop, attributes={"配送方式": terms})
    north = shipping_part(ask(engine, "哈尔滨几天到", now=at(FRIDAY, 10)))
    assert north.case != "product_area" and north.facts.get("region") in ("黑龙江", None)
    assert "2到3天" in north.text or north.facts.get("days") == "2-3"
    assert shipping_part(ask(engine, "乌鲁木齐能发吗", now=at(FRIDAY, 10))).case == "product_area"
    fee = shipping_part(ask(engine, "哈尔滨运费多少", now=at(FRIDAY, 10)))  # its words price nothing: the shop's fee
    assert fee.case.startswith("region_") and fee.facts["region"] == "黑龙江"


@pytest.mark.parametrize(("day", "hour", "case", "ship_day"), [
    (FRIDAY - dt.timedelta(days=1), 14, "own_same_day", None),  # a Thursday, a day it goes on, before 15点
    (FRIDAY - dt.timedelta(days=1), 16, "own_same_day_passed", "周一(11月30日)"),  # after it: not Friday
    (FRIDAY, 10, "own_weekday_off", "周一(11月30日)"),  # 只在周一到周四发货: not today, whatever the hour
    (FRIDAY + dt.timedelta(days=1), 10, "own_weekday_off", "后天(周一)"),
    (FRIDAY - dt.timedelta(days=2), 16, "own_same_day_passed", "明天(周四)"),  # a Wednesday after 15点
])
def test_a_products_own_cut_off_holds_only_on_the_days_its_words_send_it(
        shop: Shop, day: dt.date, hour: int, case: str, ship_day: str | None) -> None:
    """发货时间: 只在周一到周四发货…: the day it leaves is the next its words let it go, told."""
    terms = "只在周一到周四发货,当天15点前付款当天发;周五周六周日拍的下周一发"
    engine = with_dress(shop, attributes={"发货时间": terms})
    part = shipping_part(ask(engine, "今天能发吗", now=at(day, hour)))
    assert (part.case, part.facts.get("ship_day")) == (case, ship_day)
    assert ship_day is None or ship_day in part.text


@pytest.mark.parametrize(("day", "hour", "case", "ship_day"), [
    (FRIDAY - dt.timedelta(days=2), 14, "own_same_day", None),  # a Wednesday before 15点: today
    (FRIDAY + dt.timedelta(days=1), 10, "own_weekday_off", "后天(周一)"),  # a Saturday: 周末不发货
])
def test_a_products_own_cut_off_holds_on_weekdays_where_its_words_keep_the_weekend_away(
        shop: Shop, day: dt.date, hour: int, case: str, ship_day: str | None) -> None:
    engine = with_dress(shop, attributes={"发货时间": "当天15点前付款当天发,周末不发货"})
    part = shipping_part(ask(engine, "今天能发吗", now=at(day, hour)))
    assert (part.case, part.facts.get("ship_day")) == (case, ship_day)


def test_the_days_to_a_place_count_from_the_day_the_products_own_words_send_it(shop: Shop) -> None:
    """冬季活体只在周一到周四发货 and 东北三省只走顺丰: 「我在哈尔滨 几天能到」 on a Thursday evening leaves
    on Monday, not on the shop's Friday."""
    terms = "冬季活体只在周一到周四发货,周五到周日不发;周一到周四15点前付款当天发"
    engine = with_dress(shop, attributes={"发货时间": terms, "冬季配送": "东北三省只走顺丰,要补顺丰差价10元"})
    reply = ask(engine, "我在哈尔滨 几天能到", now=at(FRIDAY - dt.timedelta(days=1), 16, 30))
    days = next(p for p in reply.parts if p.case == "delivery")
    assert (days.facts["region"], days.facts["ship_day"]) == ("黑龙江", "周一(11月30日)")
    sooner = ask(engine, "我在哈尔滨 几天能到", now=at(FRIDAY - dt.timedelta(days=1), 10))
    assert next(p for p in sooner.parts if p.case == "delivery").facts["ship_day"] == "今天"


@pytest.mark.parametrize(("asked", "hour", "case", "ship_day"), [
    ("只要镜框 今天拍明天能发吗", 17, "own_same_day_passed", "明天(周五)"),  # the frame's clause, past its 16点
    ("只要镜框今天能发吗", 10, "own_same_day", None),
    ("今天能发吗", 10, "product_ship_time", None),  # no way of buying named: the whole of its words
])
def test_a_ship_time_begun_by_a_variants_name_is_that_variants_alone(
        make_engine: Callable[..., Engine], asked: str, hour: int, case: str, ship_day: str | None) -> None:
    """发货时间: 单镜框16点前付款当天发货;配镜片的订单3到5个工作日加工好发出 (只要镜框: an alias of 单镜框)."""
    frames = {"id": "frames", "name": "板材方框眼镜", "price": 199, "colours": ["黑色"],
              "sizes": ["单镜框", "1.60镜片"], "variant_aliases": {"单镜框": ["只要镜框"]},
              "attributes": {"发货时间": "单镜框16点前付款当天发货;配镜片的订单核对完验光数据后3到5个工作日加工好发出"}}
    engine = make_engine(products=[frames])
    part = shipping_part(engine.reply(asked, item_id="frames", now=at(FRIDAY - dt.timedelta(days=1), hour, 30)))
    assert (part.case, part.facts.get("ship_day")) == (case, ship_day)


def test_a_products_own_cut_off_is_not_today_on_the_day_the_shop_rests(shop: Shop) -> None:
    """The example shop rests on Sundays: 16点前付款当天发 is from Monday, not 「现在拍就赶得上」."""
    engine = with_dress(shop, attributes={"发货时间": "16点前付款当天发"})
    part = shipping_part(ask(engine, "今天发货吗", now=at(FRIDAY + dt.timedelta(days=2), 10)))
    assert (part.case, part.facts["ship_day"]) == ("own_day_off", "明天(周一)")


@pytest.mark.parametrize(("asked", "case", "told"), [
    ("绣名字的话几天发货", "product_ship_time", "绣名字的付款后3到5天发货"),  # the clause of the orders named
    ("不绣名字的今天能发吗", "own_same_day", None),  # 不绣名字 over the 绣名字 it holds: its cut-off, held to the clock
    ("今天发货吗", "product_ship_time", "绣名字的付款后3到5天发货;不绣名字的16点前付款当天发"),  # neither: both clauses
])
def test_a_ship_time_in_clauses_of_some_orders_is_told_by_the_clause_asked(
        shop: Shop, asked: str, case: str, told: str | None) -> None:
    engine = with_dress(shop, attributes={"发货时间": "绣名字的付款后3到5天发货;不绣名字的16点前付款当天发"})
    part = shipping_part(ask(engine, asked, now=at(FRIDAY - dt.timedelta(days=2), 10)))
    assert (part.case, part.facts.get("ship_time")) == (case, told)


@pytest.mark.parametrize(("asked", "case"), [("今天能发货吗", "ship_today"), ("刻字的话几天发", "product_ship_time")])
def test_a_ship_time_of_a_service_in_a_fact_asking_whether_it_is_offered_is_that_services_alone(
        make_engine: Callable[..., Engine], asked: str, case: str) -> None:
    """能不能刻字: 可以刻…;刻字的付款后第4个工作日发货: the ship time of engraved orders, told where 刻字 is said;
    every other order goes the shop's day."""
    ring = {"id": "ring", "name": "足金戒指", "price": 1999, "colours": ["黄金色"], "sizes": ["13号", "15号"],
            "attributes": {"能不能刻字": "可以在内壁刻字,免费;刻字的付款后第4个工作日发货"}}
    engine = make_engine(products=[ring], keyword_rules=[])  # (the example shop answers 刻字 by a rule of its own)
    reply = engine.reply(asked, item_id="ring", now=at(FRIDAY - dt.timedelta(days=2), 10))
    assert shipping_part(reply).case == case and "能不能" not in reply.text + reply.suggestion  # 刻字, by its point
    # a fact named for when every order ships (发货时间) says every order's, whatever its point says
    every = make_engine(products=[{**ring, "attributes": {"发货时间": "付款后3天内发货"}}], keyword_rules=[])
    told = every.reply("今天能发货吗", item_id="ring", now=at(FRIDAY - dt.timedelta(days=2), 10))
    assert "付款后3天内发货" in told.text + told.suggestion and "option_ship_time" not in [p.case for p in told.parts]
    # a place not sent to is told so alone: no way of buying's ship time beside a parcel that never goes
    away = engine.reply("香港能发吗", item_id="ring", now=at(FRIDAY - dt.timedelta(days=2), 10))
    assert "第4个工作日" not in away.text + away.suggestion


_LOCAL = {"配送范围": "只做杭州市内同城配送,上城、西湖、滨江全区可送;富阳和杭州以外都不送,也不发快递",
          "配送费": "门店8公里以内免费配送,8到15公里加收15元",
          "预订时间": "需要提前一天预订,前一天18点前下单第二天配送;当天下单只能到门店自提"}


@pytest.mark.parametrize(("asked", "told"), [
    ("包邮吗", "配送费：门店8公里以内免费配送"),  # its own fee, not the shop's 满99包邮
    ("今天能送吗", "预订时间：需要提前一天预订"),  # its own times, not 16:00 and 中通
    ("可以指定下午3点送到吗", "预订时间："),
    ("滨江能送吗", "配送范围：只做杭州市内同城配送"),  # a place of its area named: where it goes
])
def test_goods_the_shop_takes_round_itself_are_told_by_their_own_facts_not_the_couriers(
        shop: Shop, asked: str, told: str) -> None:
    engine = with_dress(shop, attributes=_LOCAL)
    reply = ask(engine, asked, now=at(FRIDAY - dt.timedelta(days=1), 10))
    part = shipping_part(reply)
    assert part.case == "own_delivery" and told in part.facts["terms"]
    assert "中通" not in reply.text + reply.suggestion and "99" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("asked", "hour", "case"), [
    ("今天能送到吗", 10, "own_same_day"),  # 10:20, before its own 16点: yes
    ("今天能送到吗", 17, "own_same_day_passed"),  # after it: from tomorrow
    ("下午五点拍今天还能送吗", 10, "own_paid_late"),  # paid after it, said at 10:20: from tomorrow
    ("下午三点拍今天还能送吗", 10, "own_same_day"),  # paid before it
    ("下午五点前拍今天能送吗", 10, "own_same_day"),  # 五点前 may be before 16点: the clock's answer
    ("99朵今天能送吗", 10, "own_delivery"),  # a variant whose own clause says a day ahead: its words
    ("明天能送吗", 10, "own_delivery"),
])
def test_goods_taken_round_today_are_held_to_their_own_cut_off(
        make_engine: Callable[..., Engine], asked: str, hour: int, case: str) -> None:
    times = {"配送范围": "只做成都同城配送,不发快递",
             "预订时间": "绕城内当天16点前付款可以当天送到,16点后付款第二天送;99朵要提前一天预订"}
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "99朵"],
            "prices": {"99朵": 899}, "attributes": times}
    engine = make_engine(products=[rose])
    part = shipping_part(engine.reply(asked, item_id="rose", now=at(FRIDAY - dt.timedelta(days=1), hour, 20)))
    assert part.case == case
    assert case not in ("own_same_day_passed", "own_paid_late") or part.facts["ship_day"] == "明天(周五)"
    assert case != "own_paid_late" or (part.facts["paid_at"], part.facts["cutoff"]) == ("下午五点", "16点")


@pytest.mark.parametrize(("first", "case"), [("99朵今天能送吗", "own_delivery"), ("19朵多少钱", "own_same_day")])
def test_today_asked_after_a_size_was_talked_of_is_of_that_size(make_engine: Callable[..., Engine], first: str,
                                                               case: str) -> None:
    """「99朵今天能送吗」 … 「今天能送吗」: still of the 99朵, whose own clause says a day ahead, never 赶得上."""
    times = {"配送范围": "只做成都同城配送,不发快递",
             "预订时间": "当天16点前付款可以当天送到,16点后付款第二天送;99朵要提前一天预订"}
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "99朵"],
            "prices": {"99朵": 899}, "attributes": times}
    engine = make_engine(products=[rose])
    now = at(FRIDAY - dt.timedelta(days=1), 10, 20)
    before = engine.reply(first, item_id="rose", now=now)
    part = shipping_part(engine.reply("今天能送吗", before.conversation, item_id="rose", now=now))
    assert part.case == case


@pytest.mark.parametrize("delivered", [{"配送范围": "只做成都同城配送,不发快递"}, {}])
def test_a_size_counted_another_way_is_told_its_own_booking_clause(
        make_engine: Callable[..., Engine], delivered: dict[str, str]) -> None:
    """「99朵的今天能送到吗」 of roses sold as 99枝 whose 预订时间 says 99枝要提前一天预订: that clause, sent (it says
    not today), whether the shop takes them round itself or not; never 「现在拍就赶得上」."""
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19枝", "99枝"],
            "prices": {"99枝": 899}, "attributes": {
                **delivered, "预订时间": "当天15点前付款可以当天送到;99枝要提前一天预订"}}
    engine = make_engine(products=[rose])
    reply = engine.reply("99朵的今天能送到吗", item_id="rose", now=at(FRIDAY - dt.timedelta(days=1), 10, 20))
    assert "99枝要提前一天预订" in reply.text and "15点" not in reply.text and reply.mode == "auto"
    assert shipping_part(reply).case in ("own_delivery", "product_ship_time")


def test_a_size_right_after_the_times_of_goods_taken_round_is_told_its_own_clause(
        make_engine: Callable[..., Engine]) -> None:
    """「明天上午能到吗」 … 「99朵的呢」 of roses whose 预订时间 says 99朵要提前一天预订: that, not its stock."""
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵", "99朵"],
            "prices": {"99朵": 899}, "attributes": {
                "配送范围": "只做成都同城配送,不发快递",
                "预订时间": "当天16点前付款可以当天送到,16点后付款第二天送;99朵要提前一天预订"}}
    engine = make_engine(products=[rose])
    evening = dt.datetime(2026, 12, 7, 17, 30)
    first = engine.reply("明天上午能到吗", item_id="rose", now=evening)
    part = shipping_part(engine.reply("99朵的呢", first.conversation, item_id="rose", now=evening))
    assert (part.case, part.facts["terms"]) == ("own_delivery", "99朵要提前一天预订")


def test_goods_taken_round_today_on_a_day_their_facts_speak_of_go_to_a_person(
        make_engine: Callable[..., Engine]) -> None:
    """On 平安夜, of roses whose 节日价格 says 节日当天送的要提前3天预订: not 「现在拍就赶得上」."""
    rose = {"id": "rose", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["19朵"],
            "attributes": {"配送范围": "只做成都同城配送,不发快递", "预订时间": "当天16点前付款可以当天送到",
                           "节日价格": "平安夜和圣诞节(12月24日到25日)每束加价30%,节日当天送的要提前3天预订"}}
    engine = make_engine(products=[rose])
    eve = engine.reply("今天能送到吗", item_id="rose", now=dt.datetime(2026, 12, 24, 11))
    assert (shipping_part(eve).case, eve.mode) == ("own_delivery", "handoff")
    before = shipping_part(engine.reply("今天能送到吗", item_id="rose", now=dt.datetime(2026, 12, 22, 11)))
    assert before.case == "own_same_day"


@pytest.mark.parametrize(("asked", "told"), [
    ("德阳能送吗", "德阳、眉山市区加收配送费40元,要提前一天预订"),  # a city its area names: that clause
    ("那德阳呢", "德阳、眉山市区加收配送费40元,要提前一天预订"),  # (right after another place)
])
def test_a_city_the_area_of_goods_taken_round_names_is_told_its_clause(
        make_engine: Callable[..., Engine], asked: str, told: str) -> None:
    """Not the days a courier takes to 四川, the province 德阳 is in, of flowers that go by no courier."""
    area = "只做成都同城配送,不发快递;绕城内免费配送;德阳、眉山市区加收配送费40元,要提前一天预订;其他城市不送"
    flowers = {"id": "flowers", "name": "向日葵花束", "price": 129, "colours": ["向日葵"], "sizes": ["3枝"],
               "attributes": {"配送范围": area, "预订时间": "绕城内当天16点前付款可以当天送到"}}
    engine = make_engine(products=[flowers])
    first = engine.reply("能发北京吗", item_id="flowers", now=at(FRIDAY, 10))
    part = shipping_part(engine.reply(asked, first.conversation, item_id="flowers", now=at(FRIDAY, 10)))
    assert (part.case, part.facts["terms"]) == ("own_delivery", told)


@pytest.mark.parametrize("asked", ["上海松江外环外的能送吗", "上海能送吗", "杭州余杭能送吗"])
def test_a_city_several_clauses_of_the_area_name_is_told_the_whole_area_never_a_couriers_days(
        make_engine: Callable[..., Engine], asked: str) -> None:
    """上海 is named in 只做杭州、上海两个城市… and in 上海是外环以内: the whole area, once, for flowers that go by no
    courier (not 发出后1-2天 to 上海)."""
    area = "只做杭州、上海两个城市的同城配送,不发快递;杭州是上城、西湖、滨江城区,上海是外环以内;其他城市和郊区都送不了"
    flowers = {"id": "flowers", "name": "玫瑰花束", "price": 199, "colours": ["红玫瑰"], "sizes": ["11朵"],
               "attributes": {"配送范围": area, "预订时间": "当天15点前付款可以当天送到"}}
    engine = make_engine(products=[flowers])
    reply = engine.reply(asked, item_id="flowers", now=at(FRIDAY, 10))
    part = shipping_part(reply)
    assert (part.case, part.facts["terms"]) == ("own_delivery", f"配送范围：{area}")
    sent = reply.text if reply.mode == "auto" else reply.suggestion
    assert sent.count("外环以内") == 1 and "天能收到" not in sent and "发货" not in sent


def test_what_comes_with_goods_taken_round_is_no_delivery_question(shop: Shop) -> None:
    """「送蜡烛和盘子吗」 of a cake the shop takes round itself asks what is given with it, not when it goes."""
    engine = with_dress(shop, attributes={**_LOCAL, "内含": "每个蛋糕送一套蜡烛和刀叉盘"})
    reply = ask(engine, "送蜡烛和盘子吗", now=at(FRIDAY - dt.timedelta(days=1), 10))
    assert "shipping" not in reply.intents and "刀叉盘" in reply.text + reply.suggestion


def test_goods_taken_round_with_no_fee_of_their_own_go_to_a_person_with_where_they_go(shop: Shop) -> None:
    engine = with_dress(shop, attributes={k: v for k, v in _LOCAL.items() if k != "配送费"})
    reply = ask(engine, "运费多少", now=at(FRIDAY - dt.timedelta(days=1), 10))
    part = shipping_part(reply)
    assert (part.case, reply.mode) == ("own_delivery", "handoff") and "配送范围" in part.facts["terms"]


def test_a_promotion_that_sends_an_order_over_a_sum_by_a_courier_is_that_couriers_terms(
        make_engine: Callable[..., Engine]) -> None:
    """满199发顺丰 written as a promotion (订单实付满199元免费升级顺丰快递): as if the courier said so."""
    promotions = [{"name": "满199发顺丰", "description": "订单实付满199元免费升级顺丰快递,不满补12元。",
                   "start": "2026-11-01", "end": "2026-12-31"}]
    engine = make_engine(promotions=promotions)
    assert shipping_part(ask(engine, "能发顺丰吗")).case == "courier_free_over_short"  # 169元
    assert shipping_part(ask(engine, "两件能发顺丰吗")).case == "courier_free_over_reached"  # 338元
    told = shipping_part(ask(engine, "发什么快递")).facts["couriers"]  # the couriers besides the default say so too
    assert "顺丰" in told and "满199元不加钱" in told


@pytest.mark.parametrize(("then", "case", "special_ships"), [
    ("西藏能发不", "no_delivery", True),  # not delivered there: by no courier
    ("那西藏呢", "no_delivery", True),
    ("能寄香港吗", "special_no", False),  # the special regions not shipped to
])
def test_a_place_not_delivered_to_after_a_courier_question_is_not_that_couriers_surcharge(
        make_engine: Callable[..., Engine], then: str, case: str, special_ships: bool) -> None:
    engine = make_engine(shipping={"couriers": [{"name": "中通"}, {"name": "顺丰", "surcharge": 15}],
                                   "no_delivery_regions": ["西藏"], "special_regions": {"ships": special_ships}})
    first = engine.reply("能发顺丰吗", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "courier_surcharge"
    part = shipping_part(engine.reply(then, first.conversation, item_id="dress-floral", now=TUESDAY))
    assert part.case == case and "15元" not in part.text


@pytest.mark.parametrize(("said", "auto"), [
    ("L码只走EMS", True),  # the one way, written so
    ("从上海发中通快递,L码体积大走EMS", False),  # how it goes, not that another never may: a person says
])
def test_another_courier_for_a_variant_whose_fact_names_its_own_is_refused_only_where_only_is_written(
        shop: Shop, said: str, auto: bool) -> None:
    engine = with_dress(shop, attributes={"配送方式": said})
    reply = ask(engine, "L码能发顺丰吗")
    case = "courier_not_for_product" if auto else "courier_usual_for_product"
    assert shipping_part(reply).case == case and (reply.mode == "auto") is auto


@pytest.mark.parametrize("turns", [
    ["24寸能发西藏吗"],  # the clause of the 28寸's way there is not the 24寸's
    ["28寸能发西藏吗", "几天能到", "24寸呢"],  # the same place, another size
])
def test_a_place_asked_of_a_size_is_not_told_another_sizes_terms_for_it(make_engine: Callable[..., Engine],
                                                                        turns: list[str]) -> None:
    case = {"id": "case", "name": "铝框拉杆箱", "price": 399, "colours": ["黑色"], "sizes": ["24寸", "28寸"],
            "attributes": {"配送方式": "20寸和24寸发中通;28寸走德邦快递,到新疆、西藏要另加40元"}}
    engine = make_engine(products=[case])
    conversation = None
    for text in turns:
        reply = engine.reply(text, conversation, item_id="case", now=TUESDAY)
        conversation = reply.conversation
    part = shipping_part(reply)
    assert "40元" not in reply.text + reply.suggestion and part.facts.get("region") == "西藏"


@pytest.mark.parametrize("texts", [["春节前还发货吗"], ["春节前还发货吗", "最后哪天发"], ["过年还发吗"]])
def test_a_products_own_fact_of_sending_at_a_holiday_is_told_before_the_shops_days_off(
        shop: Shop, texts: list[str]) -> None:
    """春节发货: 春节前最后发货日是1月28日…: 「春节前还发货吗」 and 「最后哪天发」 next are told that, not the
    shop's days off (nor 「今天休息」)."""
    engine = with_dress(shop, attributes={"春节发货": "春节前最后发货日是1月28日,1月29日到2月14日停发"})
    conversation = None
    for text in texts:
        reply = engine.reply(text, conversation, item_id="dress-floral", now=dt.datetime(2027, 1, 24, 10))
        conversation = reply.conversation
    part = shipping_part(reply)
    assert part.case == "own_terms" and "最后发货日是1月28日" in part.text


def test_arriving_by_a_holiday_asked_of_a_product_with_its_own_holiday_fact_is_drafted(shop: Shop) -> None:
    """「过年前能到上海吗」: the 春节发货 fact is what a person counts from, not an answer sent by itself."""
    engine = with_dress(shop, attributes={"春节发货": "春节前最后发货日是1月28日,1月29日到2月14日停发"})
    reply = engine.reply("过年前能到上海吗", item_id="dress-floral", now=dt.datetime(2027, 1, 24, 10))
    assert reply.mode != "auto" and "最后发货日是1月28日" in reply.suggestion


@pytest.mark.parametrize(("attributes", "text", "case"), [
    ({}, "发什么快递", "courier_product"),  # 398元 by 顺丰 alone, free from 299元: nothing more to pay
    ({"配送方式": "只发顺丰,包邮,不用另外补运费"}, "发什么快递", "courier_product"),
    ({"配送方式": "茶壶只发顺丰;其他茶具发中通,不能指定顺丰"}, "顺丰要加钱吗", "courier_free_over_reached"),
])
def test_a_product_sent_by_a_dearer_courier_alone_that_costs_nothing_more_is_told_so(
        make_engine: Callable[..., Engine], attributes: dict[str, str], text: str, case: str) -> None:
    """A 398元 teapot sent by 顺丰 alone, the shop's 顺丰 free from 299元: no 15元 more; a clause of the
    shop's other goods (其他茶具…不能指定顺丰) does not refuse 顺丰 for it."""
    teapot = {"id": "pot", "name": "柴烧西施壶", "price": 398, "colours": ["柴烧"], "sizes": ["200ml"],
              "couriers": ["顺丰"], "attributes": attributes}
    shipping = {"couriers": [{"name": "中通", "surcharge": 0}, {"name": "顺丰", "surcharge": 15, "free_over": 299}]}
    reply = make_engine(products=[teapot], shipping=shipping, keyword_rules=[]).reply(text, item_id="pot",
                                                                                      now=TUESDAY)
    assert shipping_part(reply).case == case and "15元" not in reply.text and "走不了" not in reply.text


@pytest.mark.parametrize(("then", "named"), [("发顺丰呢", "顺丰"), ("那走中通呢", "中通")])
def test_a_courier_after_a_fact_of_the_goods_asks_of_sending(make_engine: Callable[..., Engine], then: str,
                                                            named: str) -> None:
    """「能加急吗」 (the goods' 加急 fact) … 「发顺丰呢」: sent by that courier, not the rush-order fact again."""
    nails = {"id": "nails", "name": "法式穿戴甲", "price": 58, "colours": ["裸粉"], "sizes": ["M"],
             "attributes": {"加急": "可以加急,另拍加急费15元,付款后2天内做好发出"}}
    engine = make_engine(products=[nails])
    first = engine.reply("能加急吗", item_id="nails", now=TUESDAY)
    assert first.parts[0].intent == "product"
    reply = engine.reply(then, first.conversation, item_id="nails", now=TUESDAY)
    assert reply.parts[0].intent == "shipping" and named in reply.text + reply.suggestion



@pytest.mark.parametrize(("sending", "text", "own"), [
    ("只发顺丰,不参加包邮,每单顺丰运费12元", "包邮吗", True),  # never free, its own sum: that, not 满99包邮
    ("只发顺丰,不参加包邮,每单顺丰运费12元", "发什么快递", True),  # not the shop's 顺丰 surcharge on a fee
    ("偏远地区不包邮,其他地区满99包邮", "包邮吗", False),  # places apart only: the shop's rule
])
def test_goods_whose_own_fact_says_they_are_never_sent_free_are_told_that_fact(
        make_engine: Callable[..., Engine], sending: str, text: str, own: bool) -> None:
    pickles = {"id": "pickles", "name": "老坛泡菜", "price": 19.9, "colours": ["泡萝卜"], "sizes": ["500g"],
               "couriers": ["顺丰"], "attributes": {"配送方式": sending}}
    reply = make_engine(products=[pickles]).reply(text, item_id="pickles", now=TUESDAY)
    part = shipping_part(reply)
    assert (part.case == "own_terms") is own and ("每单顺丰运费12元" in reply.text) is own


@pytest.mark.parametrize(("text", "case"), [("3米2的能发顺丰吗", "courier_not_for_product"),
                                          ("2米4的能发顺丰吗", "courier_surcharge")])
def test_a_variant_sent_by_a_courier_the_shop_lists_nowhere_else_goes_by_that_one(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    """配送方式: 3.2米只能走德邦物流 of a shop listing 中通 and 顺丰: the 3.2米 rod goes by 德邦 alone."""
    rod = {"id": "rod", "name": "罗马杆", "price": 89, "colours": ["黑色"], "sizes": ["1.6米", "2.4米", "3.2米"],
           "variant_aliases": {"2.4米": ["2米4"], "3.2米": ["3米2"]},
           "attributes": {"配送方式": "3.2米的是超长件只能走德邦物流,3到5天到;1.6米和2.4米走普通快递"}}
    part = shipping_part(make_engine(products=[rod]).reply(text, item_id="rod", now=TUESDAY))
    assert part.case == case


@pytest.mark.parametrize(("first", "then", "told"), [
    (None, "大号的到广州几天", "大号的只能走德邦物流,4到6天到"),  # (偏远地区不送大号 is not of 广州)
    ("大号的发什么快递", "到广州几天", "大号的只能走德邦物流,4到6天到"),  # the size carried to the days
    (None, "大号的到西藏几天", "大号的只能走德邦物流,4到6天到,偏远地区不送大号"),
])
def test_the_days_of_a_variant_sent_its_own_way_are_its_own_clause_without_the_remote_part_elsewhere(
        make_engine: Callable[..., Engine], first: str | None, then: str, told: str) -> None:
    tree = {"id": "tree", "name": "发财树", "price": 59, "colours": ["编辫款"], "sizes": ["小号", "大号"],
            "prices": {"大号": 299},
            "attributes": {"配送方式": "小号走顺丰;大号的只能走德邦物流,4到6天到,偏远地区不送大号"}}
    engine = make_engine(products=[tree], shipping={"no_delivery_regions": []})
    before = engine.reply(first, item_id="tree", now=TUESDAY).conversation if first else None
    part = shipping_part(engine.reply(then, before, item_id="tree", now=TUESDAY))
    assert (part.case, part.facts["terms"]) == ("own_terms", told)


def test_the_half_of_a_variant_named_with_the_other_said_before_is_that_pair(
        make_engine: Callable[..., Engine]) -> None:
    """「2段小罐多少钱」 … 「两罐大罐 包邮吗」: two of 2段 800g (2 × 258元), not of the product's first price."""
    formula = {"id": "formula", "name": "婴儿奶粉", "price": 268, "colours": ["1段", "2段"], "sizes": ["400g", "800g"],
               "variant_aliases": {"400g": ["小罐"], "800g": ["大罐"]},
               "prices": {"1段 400g": 148, "2段 400g": 138, "2段 800g": 258}}
    engine = make_engine(products=[formula])
    first = engine.reply("2段小罐多少钱", item_id="formula", now=TUESDAY)
    part = shipping_part(engine.reply("两罐大罐包邮吗", first.conversation, item_id="formula", now=TUESDAY))
    assert "516元" in part.facts["price"]


@pytest.mark.parametrize(("text", "conditional"), [("今天能发吗", False), ("改颗数的几天发货", True)])
def test_a_ship_time_a_fact_gives_orders_on_a_condition_is_no_ship_time_of_every_order(
        make_engine: Callable[..., Engine], text: str, conditional: bool) -> None:
    """加珠: …改颗数的属于定制款,付款后3天内发货: 「今天能发吗」 is today (the shop's cut-off), that time a
    reminder; asked of those orders (改颗数的, 定制款), that time."""
    beads = {"id": "beads", "name": "小叶紫檀手串", "price": 198, "colours": ["普料"], "sizes": ["10mm"],
             "attributes": {"加珠": "每加一颗10mm加12元;改颗数的属于定制款,付款后3天内发货"}}
    reply = make_engine(products=[beads]).reply(text, item_id="beads", now=TUESDAY)
    assert (shipping_part(reply).case == "ship_today") is not conditional
    assert not conditional or "付款后3天内发货" in shipping_part(reply).text


def test_of_several_facts_of_where_goods_go_the_one_naming_the_place_asked_is_told(
        make_engine: Callable[..., Engine]) -> None:
    """A winter rule of the north beside 配送范围: 活体不发新疆…: 「新疆能发吗」 is that one, not a remote fee."""
    fish = {"id": "fish", "name": "斑马鱼活体", "price": 12, "colours": ["斑马鱼"], "sizes": ["10条装"],
            "attributes": {"冬季配送": "黑龙江、吉林气温低于零下10度暂停发活体",
                           "配送范围": "活体不发新疆、西藏、青海、海南"}}
    part = shipping_part(make_engine(products=[fish]).reply("新疆能发吗", item_id="fish", now=TUESDAY))
    assert part.case == "product_area" and "不发新疆" in part.facts["area"]


# a florist's bouquet: its riders take it round in the shop's own city, a courier sends it elsewhere
_BOUQUET = {"配送方式": "杭州市区骑手同城配送,免配送费;杭州以外的浙江、江苏、上海发顺丰次日达,运费15元;"
                       "鲜花不发江浙沪以外的地区",
            "预订时间": "当天15点前付款可以当天送到;XL要提前一天预订",
            "配送时段": "可选09:00-12:00、12:00-15:00、18:00-21:00四个时段"}


@pytest.mark.parametrize(("text", "hour", "case", "told"), [
    ("今天能送到吗", 10, "own_same_day", "15点"),  # the bouquet's own cut-off, not the shop's couriers'
    ("今天还来得及吗 送西湖区", 14, "own_same_day", "15点"),
    ("今天还能送吗", 16, "own_same_day_passed", "15点"),
    ("XL的今天能送吗", 10, "product_ship_time", "XL要提前一天预订"),  # the clause of the size asked
])
def test_goods_taken_round_in_town_and_sent_elsewhere_keep_their_own_cut_off(
        shop: Shop, text: str, hour: int, case: str, told: str) -> None:
    """A bouquet whose 预订时间 says 当天15点前付款可以当天送到 is held to that, not to the shop's cut-off
    and couriers, though a courier also sends it out of town."""
    part = shipping_part(ask(with_dress(shop, attributes=_BOUQUET), text, now=at(FRIDAY, hour)))
    assert part.case == case and told in f"{part.facts.get('cutoff', '')}{part.facts.get('ship_time', '')}"
    assert "顺丰" not in part.text


def test_a_buyer_out_of_town_is_not_told_the_same_day_of_goods_taken_round_in_town(shop: Shop) -> None:
    """「我在南京」 then 「今天下单明天能到吗」: the courier's days, not the riders' 当天送到."""
    engine = with_dress(shop, attributes=_BOUQUET)
    first = engine.reply("我在南京", item_id="dress-floral", now=at(FRIDAY, 10))
    then = shipping_part(engine.reply("今天下单明天能到吗", first.conversation, item_id="dress-floral",
                                      now=at(FRIDAY, 10)))
    assert then.case != "own_same_day" and "当天送到" not in then.text


@pytest.mark.parametrize("text", ["能指定晚上7点送到吗", "几点能送到", "可以选时段吗"])
def test_a_time_of_day_asked_of_goods_with_delivery_slots_is_told_the_slots(shop: Shop, text: str) -> None:
    """「能指定晚上7点送到吗」: the 配送时段 fact, not 7点 read as when the buyer pays, nor a parcel to trace."""
    reply = ask(with_dress(shop, attributes=_BOUQUET), text, now=at(FRIDAY, 10))
    assert reply.intents[0] in ("shipping", "product") and "18:00-21:00" in f"{reply.text} {reply.suggestion}"
    assert "付款" not in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize(("hour", "case"), [(10, "own_same_day"), (20, "own_same_day_passed")])
def test_a_time_of_day_today_asked_of_goods_taken_round_is_whether_today(shop: Shop, hour: int, case: str) -> None:
    """「今天下午能送到滨江吗」: whether today, by its own cut-off and the clock, not the slots alone."""
    part = shipping_part(ask(with_dress(shop, attributes=_BOUQUET), "今天下午能送到吗", now=at(FRIDAY, hour)))
    assert part.case == case


def test_another_time_of_day_right_after_a_question_of_sending_is_told_the_slots(shop: Shop) -> None:
    engine = with_dress(shop, attributes=_BOUQUET)
    first = engine.reply("今天能送到吗", item_id="dress-floral", now=at(FRIDAY, 10))
    then = shipping_part(engine.reply("那明天上午呢", first.conversation, item_id="dress-floral", now=at(FRIDAY, 10)))
    assert then.case == "own_delivery" and "09:00-12:00" in then.facts["terms"]
    paying = shipping_part(ask(with_dress(shop, attributes=_BOUQUET), "晚上7点付款还能发吗", now=at(FRIDAY, 10)))
    assert paying.case != "own_delivery"  # the hour the buyer pays, not when it comes


@pytest.mark.parametrize(("place", "goes"), [("北京", False), ("南京", True)])
def test_goods_sent_nowhere_but_some_places_are_not_promised_elsewhere(shop: Shop, place: str, goes: bool) -> None:
    """鲜花不发江浙沪以外的地区: 北京 is not sent to (no days promised); 南京, in 江苏, is."""
    reply = ask(with_dress(shop, attributes=_BOUQUET), f"我在{place} 能送吗", now=at(FRIDAY, 10))
    said = f"{reply.text} {reply.suggestion}"
    assert ("江浙沪以外" in said) != goes or (goes and "天" in said)
    if not goes:
        assert "2-3天" not in said and "天到" not in said


@pytest.mark.parametrize("text", ["人民医院能送吗", "我们小区可以送到吗"])
def test_a_spot_no_province_names_asked_of_goods_taken_round_is_their_area_for_a_person(
        shop: Shop, text: str) -> None:
    """「人民医院能送吗」 of a bouquet whose 配送方式 says where the riders go: that fact, drafted for a person to
    say whether the spot lies in it (not a gift thrown in, not the shop's couriers)."""
    reply = ask(with_dress(shop, attributes=_BOUQUET), text, now=at(FRIDAY, 10))
    part = shipping_part(reply)
    assert (part.case, reply.mode) == ("own_terms", "handoff") and "骑手同城配送" in part.facts["terms"]


@pytest.mark.parametrize(("text", "split"), [
    ("徐汇能送吗", True),  # 上海: inside its 外环 or outside it, a line the file draws that a person places it by
    ("南京能送吗", False),  # 江苏: one clause speaks of it, sent by itself
])
def test_a_place_the_products_words_split_in_two_goes_to_a_person_with_both_sides(
        shop: Shop, text: str, split: bool) -> None:
    terms = {"配送方式": "上海外环以内骑手同城配送,免配送费;上海外环外和江苏发顺丰次日达,运费15元"}
    reply = ask(with_dress(shop, attributes=terms), text, now=at(FRIDAY, 10))
    said = f"{reply.text} {reply.suggestion}"
    assert ("骑手同城配送" in said and "顺丰次日达" in said and reply.mode == "handoff") is split
    assert split or ("顺丰次日达" in said and "骑手" not in said)


@pytest.mark.parametrize("text", ["英国梨发什么快递", "英国梨的发啥快递"])
def test_a_country_inside_a_product_name_is_no_address_abroad(make_engine: Callable[..., Engine], text: str) -> None:
    """英国 of a perfume called 英国梨: a courier asked of the goods, not whether it ships to Britain."""
    pear = {"id": "pear", "name": "英国梨与小苍兰香水", "aliases": ["英国梨"], "price": 58, "colours": ["喷瓶"],
            "sizes": ["5ml"]}
    reply = make_engine(products=[pear]).reply(text, item_id="pear", now=TUESDAY)
    assert [p.case for p in reply.parts if p.intent == "shipping"] == ["courier_default"]
    assert "国外" not in reply.text
    abroad = make_engine(products=[pear]).reply("英国能发吗", item_id="pear", now=TUESDAY)
    assert shipping_part(abroad).case == "abroad"  # the country said on its own still is one


def test_a_clause_pricing_a_courier_chosen_answers_no_fee_asked_without_it(make_engine: Callable[..., Engine]) -> None:
    """「10斤多少钱」 … 「包油吗」 of rice whose 配送方式 says 指定顺丰的话…10斤补15元: the fee, not 顺丰's cost."""
    rice = {"id": "rice", "name": "稻花香大米", "price": 59, "colours": ["编织袋"], "sizes": ["5斤", "10斤"],
            "prices": {"10斤": 109},
            "attributes": {"配送方式": "指定顺丰的话5斤补10元、10斤补15元;25斤装发新疆每袋另加30元运费"}}
    engine = make_engine(products=[rice], keyword_rules=[])
    first = engine.reply("10斤多少钱", item_id="rice", now=TUESDAY)
    fee = shipping_part(engine.reply("包油吗", first.conversation, item_id="rice", now=TUESDAY))
    assert fee.case.startswith("fee") and "顺丰" not in fee.text
    courier = shipping_part(engine.reply("10斤发顺丰加多少", item_id="rice", now=TUESDAY))
    assert courier.case == "own_terms" and "10斤补15元" in courier.text


def test_another_place_after_how_long_to_a_place_is_how_long_to_it(shop: Shop) -> None:
    """「几天能到乌鲁木齐」 … 「那青海呢」 of goods whose own fact prices the remote places: how long to 青海
    (the shop's 2-4 days, none listed for it), not its fee alone; 「那上海呢」 then 1-2 days."""
    engine = with_dress(shop, attributes={"偏远地区运费": "新疆、西藏每件另加80元;青海、甘肃每件另加40元"})
    first = ask(engine, "几天能到乌鲁木齐")
    assert "5-8天" in first.text + first.suggestion
    qinghai = engine.reply("那青海呢", first.conversation, item_id="dress-floral", now=TUESDAY)
    assert [p.case for p in qinghai.parts if p.intent == "shipping"][-1] == "delivery"
    assert "2-4天" in qinghai.text + qinghai.suggestion
    shanghai = engine.reply("那上海呢", qinghai.conversation, item_id="dress-floral", now=TUESDAY)
    assert "1-2天" in shanghai.text + shanghai.suggestion


@pytest.mark.parametrize("then", ["那上海呢 几天能到", "那上海呢", "上海呢"])
def test_another_place_after_the_fee_to_a_place_is_the_fee_there_with_the_days(engine: Engine, then: str) -> None:
    """「新疆包邮吗」 told its surcharge, then 「那上海呢 几天能到」: whether it ships free there too, and the days."""
    first = ask(engine, "新疆包邮吗")
    reply = engine.reply(then, first.conversation, item_id="dress-floral", now=TUESDAY)
    said = reply.text + reply.suggestion
    assert "上海" in said and "包邮" in said and "1-2天" in said


@pytest.mark.parametrize(("then", "case"), [("包邮吗", "fee_"), ("发啥快递 能走顺丰不", "courier")])
def test_a_place_the_shop_sends_nothing_to_told_so_is_not_kept_for_the_next_fee_or_courier_asked(
        make_engine: Callable[..., Engine], then: str, case: str) -> None:
    """「香港能发吗」 told 不发, then 「包邮吗」 or 「发啥快递 能走顺丰不」: asked for elsewhere, the shop's fee rule or
    couriers, not 「香港不发货」 again."""
    engine = make_engine(shipping={"special_regions": {"ships": False}})
    first = engine.reply("香港能发吗", item_id="dress-floral", now=TUESDAY)
    assert shipping_part(first).case == "special_no"
    part = shipping_part(engine.reply(then, first.conversation, item_id="dress-floral", now=TUESDAY))
    assert part.case.startswith(case) and "region" not in part.facts


@pytest.mark.parametrize(("film_prices", "case", "says"), [
    ({"防窥": 49}, "fee_item_free", "至少99元"),  # 70 + 29 or 49: 99 at the least, free either way
    ({"防窥": 19}, "fee_threshold", "99元"),  # 70 + 29 or 19: one way free, the other not: the rule
])
def test_another_product_added_of_several_prices_is_summed_at_the_least_where_that_settles_the_fee(
        make_engine: Callable[..., Engine], film_prices: dict[str, int], case: str, says: str) -> None:
    """「包邮吗」 … 「再加一个钢化膜呢」 on a case's page: the case and the film, whichever film it is."""
    phone_case = {"id": "case", "name": "手机壳", "price": 70, "colours": ["透明"], "sizes": ["iPhone16"]}
    film = {"id": "film", "name": "钢化膜", "price": 29, "colours": ["高清", "防窥"], "sizes": ["iPhone16"],
            "prices": film_prices}
    engine = make_engine(products=[phone_case, film])
    first = engine.reply("包邮吗", item_id="case", now=TUESDAY)
    part = shipping_part(engine.reply("再加一个钢化膜呢", first.conversation, item_id="case", now=TUESDAY))
    assert part.case == case and says in " ".join(map(str, part.facts.values()))


def test_a_day_it_cannot_arrive_by_is_a_no_though_the_years_days_off_are_not_published(
        make_engine: Callable[..., Engine]) -> None:
    """On 12-31 after the cut-off, the shop's own days off 1月1日-3日 written: nothing leaves before 1月4日,
    so 1月3号 is surely missed; 1月8号 hangs on days off not yet published, a person says."""
    engine = make_engine(shipping={"holidays": ["2027-01-01", "2027-01-02", "2027-01-03"]})
    evening = dt.datetime(2026, 12, 31, 18, 0)
    missed = engine.reply("1月3号能到上海吗", item_id="dress-floral", now=evening)
    assert shipping_part(missed).case == "arrive_no" and missed.mode != "handoff"
    assert "1月4日" in missed.text + missed.suggestion
    later = engine.reply("1月8号能到上海吗", item_id="dress-floral", now=evening)
    assert shipping_part(later).case == "ship_unknown" and later.mode == "handoff"


@pytest.mark.parametrize(("text", "told"), [
    ("发什么快递 要自己去提吗", True),  # whether it is brought to the door: the fact's 送货上门
    ("送货上门吗", True),
    ("能自提吗", False),  # a pickup its words do not name: a person says
])
def test_a_service_asked_is_told_by_the_goods_own_words_of_how_they_are_sent(
        shop: Shop, text: str, told: bool) -> None:
    engine = with_dress(shop, attributes={"配送方式": "整件默认走物流,送货上门;偏远地区另加运费"})
    reply = ask(engine, text)
    assert ("送货上门" in reply.text + reply.suggestion) if told else reply.mode != "auto"


@pytest.mark.parametrize("text", ["新疆包邮不", "西藏能发吗 运费多少"])
def test_places_left_out_of_a_products_free_shipping_are_sent_there_at_the_shops_fee(shop: Shop, text: str) -> None:
    """包邮(新疆、西藏、青海除外) leaves those places out of the free shipping, not out of where it goes: the
    region's own fee, 8元 and 15元 more, never 「要看配送范围」."""
    engine = with_dress(shop, attributes={"配送方式": "发顺丰包邮(新疆、西藏、青海除外),运费我们出"})
    reply = ask(engine, text)
    assert "remote_fee" in [p.case for p in reply.parts] and "23元" in reply.text
    assert "配送范围" not in reply.text and reply.mode == "auto"


def test_a_courier_asked_after_whether_it_arrives_by_a_day_is_answered_then_the_day(engine: Engine) -> None:
    """「周五前能到吗」 … 「能指定韵达吗」: 韵达 may be had, at no cost more, and still arrives by Friday."""
    first = ask(engine, "北京几天能到")
    second = engine.reply("周五前能到吗", first.conversation, item_id="dress-floral", now=TUESDAY)
    third = engine.reply("能指定韵达吗", second.conversation, item_id="dress-floral", now=TUESDAY)
    cases = [p.case for p in third.parts]
    assert cases[0] == "courier_ok" and cases[1].startswith("arrive_") and "韵达" in third.text
    fourth = engine.reply("加急呢 顺丰", third.conversation, item_id="dress-floral", now=TUESDAY)
    assert fourth.parts[0].case.startswith("arrive_")  # (still by that Friday)
    assert fourth.parts[-1].case == "courier_surcharge"


@pytest.mark.parametrize(("later", "pending"), [("你们到底什么时候发 我等着用", True), ("再拍一件今天能发吗", False)])
def test_when_it_ships_asked_after_an_order_not_sent_is_of_that_order(engine: Engine, later: str,
                                                                      pending: bool) -> None:
    """「上周五买的到现在还没发货」 … 「发什么快递」 … 「到底什么时候发」: that order, for a person to look up, never
    a new order's ship day (a new one spoken of, 再拍一件, is told its day)."""
    first = ask(engine, "我上周五买的到现在还没发货 怎么回事")
    between = engine.reply("你们发什么快递", first.conversation, item_id="dress-floral", now=TUESDAY)
    reply = engine.reply(later, between.conversation, item_id="dress-floral", now=TUESDAY)
    assert (shipping_part(reply).case == "order_pending") is pending
    said = reply.text + reply.suggestion
    assert (reply.mode == "handoff" and "今天" not in said) if pending else "今天" in reply.text


def test_when_shipping_stops_for_a_holiday_asked_after_a_promotion_is_no_promotion(engine: Engine) -> None:
    """「双十二活动到几号」 … 「过年几号停发啊」: the shop's days off, not how long the promotion lasts."""
    first = ask(engine, "有什么活动吗")
    reply = engine.reply("过年几号停发啊", first.conversation, item_id="dress-floral", now=TUESDAY)
    assert reply.intents == ("shipping",)


#: Live fish: not sent to the cold north in winter.
_FISH = {"id": "fish", "name": "孔雀鱼", "price": 25, "colours": ["一对"], "sizes": ["标准"],
         "attributes": {"冬季配送": "12月到次年2月黑龙江、吉林、辽宁天冷不发活体,器材照常发"}}


@pytest.mark.parametrize("then", ["顺丰也不行吗", "那啥时候能发"])
def test_a_place_the_goods_words_keep_them_from_stays_in_the_talk(make_engine: Callable[..., Engine],
                                                                   then: str) -> None:
    """「发哈尔滨可以吗」 told 冬天不发活体, then 「顺丰也不行吗」 or 「那啥时候能发」: still that place, which the
    goods' own words keep them from, never 「按这个给您安排」 nor today's ship day."""
    engine = make_engine(products=[_FISH], promotions=[])
    first = engine.reply("发哈尔滨可以吗", item_id="fish", now=at(FRIDAY, 10))
    assert shipping_part(first).case == "product_area"
    reply = engine.reply(then, first.conversation, item_id="fish", now=at(FRIDAY, 10))
    assert shipping_part(reply).case == "product_area" and "天冷不发活体" in reply.text + reply.suggestion
    other = engine.reply("那上海呢", first.conversation, item_id="fish", now=at(FRIDAY, 10))
    assert shipping_part(other).case != "product_area"  # another place asked: as usual


@pytest.mark.parametrize(("first", "case"), [("两瓶多少钱", "fee_item_paid"), ("多少钱", "fee_threshold")])
def test_the_fee_asked_after_a_count_was_priced_is_of_that_count(make_engine: Callable[..., Engine], first: str,
                                                                 case: str) -> None:
    """「两瓶多少钱」 … 「包邮吗」: whether the two (60元) reach the shop's 满99包邮; the rule alone where no count was
    priced."""
    oil = {"id": "oil", "name": "山茶油", "price": 30, "colours": ["原味"], "sizes": ["500ml"]}
    engine = make_engine(products=[oil], promotions=[], bargain={"bulk": None})
    priced = engine.reply(first, item_id="oil", now=TUESDAY)
    reply = engine.reply("包邮吗", priced.conversation, item_id="oil", now=TUESDAY)
    assert shipping_part(reply).case == case
    assert ("60元" in reply.text) is (case == "fee_item_paid")


#: A plant's winter rule: the northern places go by 顺丰 alone, at its difference; 西藏 not at all.
_WINTER = "12月到2月,黑龙江、吉林、辽宁、内蒙古、新疆只走顺丰,要补顺丰差价10元,箱子里加保温棉;西藏冬季暂停发活体。"


@pytest.mark.parametrize(("lines", "case", "says", "not_says"), [
    # the courier it goes by everywhere else is the shop's: not 「固定发顺丰」
    (["发什么快递"], "courier_default", ["中通"], ["固定发顺丰"]),
    # the days to a place the rule sends by 顺丰: the days too, not the rule alone
    (["我在哈尔滨", "几天能到"], "delivery", ["3-5天"], []),
    # the fee to a far place it names: the shop's far-place fee, and the 顺丰 difference on top (8 + 15 + 12)
    (["发新疆吗 运费多少"], "remote_fee_courier", ["35元"], ["不是哪里都能发"]),
    # another courier asked there: the rule, never 「中通可以」
    (["我在哈尔滨", "那发中通行不行"], "product_area", ["只走顺丰"], ["中通可以"]),
])
def test_words_that_send_some_places_by_one_courier_leave_the_rest_to_the_shop(
        shop: Shop, lines: list[str], case: str, says: list[str], not_says: list[str]) -> None:
    engine = with_dress(shop, attributes={"冬季配送": _WINTER})
    conversation = None
    for line in lines:
        reply = engine.reply(line, conversation, item_id="dress-floral", now=dt.datetime(2026, 12, 8, 10))
        conversation = reply.conversation
    assert case in [p.case for p in reply.parts]
    assert all(word in reply.text for word in says) and not any(word in reply.text for word in not_says)


@pytest.mark.parametrize(("month", "own"), [(12, False), (7, True), (2, False)])
def test_a_clause_of_sending_said_of_some_months_holds_only_in_them(shop: Shop, month: int, own: bool) -> None:
    """「能发顺丰吗 加多少钱」 of pastries whose 配送方式 says 11月到次年4月常温发中通;5月到10月…冷链每单加12元:
    in December the shop's own 顺丰 terms, not the summer's cold chain (in July, that)."""
    engine = with_dress(shop, attributes={"配送方式": "11月到次年4月常温发中通;5月到10月天热走顺丰冷链,冷链每单加12元"})
    reply = engine.reply("能发顺丰吗 加多少钱", item_id="dress-floral", now=dt.datetime(2026, month, 8, 10))
    assert ("冷链" in reply.text) is own


@pytest.mark.parametrize(("lines", "case", "says", "not_says"), [
    (["我在哈尔滨", "几天能到"], "delivery", ["3-5天", "只能发顺丰"], ["要看它的配送范围"]),
    (["我在哈尔滨", "几天能到", "发中通行不行"], "product_area", ["只能发顺丰"], ["中通可以"]),
])
def test_a_rule_told_in_the_clauses_after_the_places_it_names_sends_there_by_its_courier(
        shop: Shop, lines: list[str], case: str, says: list[str], not_says: list[str]) -> None:
    """「几天能到」 of kiwis whose 冬季配送 says 黑龙江、吉林、辽宁冬天天冷,只能发顺丰…,顺丰要补10元: the rule and
    the days (it goes there, by 顺丰), not 「要看它的配送范围」 alone; 「发中通行不行」 next: the rule, never
    中通可以."""
    engine = with_dress(shop, attributes={"冬季配送": "黑龙江、吉林、辽宁冬天天冷,只能发顺丰并加保温棉,顺丰要补10元"})
    conversation = None
    for line in lines:
        reply = engine.reply(line, conversation, item_id="dress-floral", now=dt.datetime(2026, 12, 8, 10))
        conversation = reply.conversation
    assert case in [p.case for p in reply.parts]
    assert all(word in reply.text for word in says) and not any(word in reply.text for word in not_says)


def test_a_size_asked_after_the_goods_own_rule_of_a_place_is_asked_of_that_place(shop: Shop) -> None:
    """「我在沈阳 能发吗」 told the winter rule … 「那5到6叶的呢」: that size to 辽宁 (its 到 is no parcel's)."""
    rule = "12月到2月,黑龙江、吉林、辽宁只走顺丰;1米大株冬季不发这三个地方。"
    engine = with_dress(shop, sizes=["3叶苗", "5到6叶", "1米大株"], size_chart=[], prices={}, restock=[],
                        stock={colour: {"3叶苗": 5, "5到6叶": 5, "1米大株": 5} for colour in ("米白色", "雾霾蓝")},
                        attributes={"冬季配送": rule})
    first = engine.reply("我在沈阳 能发吗", item_id="dress-floral", now=dt.datetime(2026, 12, 9, 15))
    then = engine.reply("那5到6叶的呢", first.conversation, item_id="dress-floral", now=dt.datetime(2026, 12, 9, 15))
    assert then.intents == ("shipping",) and not any(a.get("reason") == "logistics" for a in then.actions)
    assert "只走顺丰" in then.text + then.suggestion


@pytest.mark.parametrize(("text", "sent"), [
    ("碎花裙能发黑龙江吗", True),  # a place that begins as a change of colour does: sent there
    ("碎花裙发黄山吗", True),
    ("放久了会发黑吗", False),  # a change of colour: no parcel
    ("能发酵吗", False),
])
def test_a_place_is_not_read_as_goods_turning_a_colour(engine: Engine, text: str, sent: bool) -> None:
    assert ("shipping" in ask(engine, text).intents) is sent


def test_another_product_named_right_after_the_goods_own_time_of_sending_is_told_its_own(
        make_engine: Callable[..., Engine]) -> None:
    """「现在拍啥时候发」 of live fish sent Monday to Wednesday … 「过滤器单独拍呢」: the filter, a supply, goes by the
    shop's own days and cut-off (tomorrow), not a parcel to trace."""
    fish = {"id": "fish", "name": "红绿灯鱼", "price": 12, "colours": ["小号"], "sizes": ["10条"],
            "attributes": {"发货时间": "活体只在周一、周二、周三发货,周四到周日付款的顺延到下周一发"}}
    pump = {"id": "filter", "name": "壁挂过滤器", "aliases": ["过滤器"], "price": 39, "colours": ["标准款"],
            "sizes": ["5W"]}
    engine = make_engine(products=[fish, pump])
    wednesday = dt.datetime(2026, 12, 16, 17)  # past the shop's 16:00 cut-off
    first = engine.reply("现在拍啥时候发", item_id="fish", now=wednesday)
    then = engine.reply("过滤器单独拍呢", first.conversation, item_id="fish", now=wednesday)
    part = shipping_part(then)
    assert then.intents[0] == "shipping" and part.facts.get("ship_day") == "明天(周四)"


@pytest.mark.parametrize(("text", "told"), [
    ("情人节能提前订吗 几号截单", "情人节2月12日24点截单"),  # the clause of that day, not the everyday cut-off
    ("平安夜的花几号前下单", "平安夜12月23日20点前下单"),
])
def test_by_when_to_order_for_an_occasion_is_the_clause_of_the_fact_naming_it(
        shop: Shop, text: str, told: str) -> None:
    engine = with_dress(shop, attributes={"预订时间": "当天18点前付款可以当天送到",
                                          "节日截单": "平安夜12月23日20点前下单;情人节2月12日24点截单"})
    reply = ask(engine, text, now=dt.datetime(2026, 12, 22, 14, 30))
    assert told in reply.text + reply.suggestion and "当天18点" not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["发货前会帮忙调好吗", "发之前能检查一下吗", "寄出前可以帮我贴个膜吗"])
def test_a_service_done_before_the_goods_go_asks_no_ship_day(shop: Shop, text: str) -> None:
    """「发货前会帮忙调好吗」: what is done to the guitar before it goes (a fact, or a person), never 「今天就发」."""
    reply = ask(Engine(shop, rng=random.Random(0)), text, now=dt.datetime(2026, 12, 9, 14, 30))
    assert "shipping" not in reply.intents


@pytest.mark.parametrize(("text", "shipping"), [
    ("15g能用多久啊", False),  # how long it lasts in use: its fact or a person, never delivery days
    ("一瓶够用多长时间", False),
    ("一袋能吃多久", False),
    ("多久能到", True),
    ("能用多久 多久能到", True),  # the delivery days asked beside it still are
])
def test_how_long_the_goods_last_in_use_is_no_question_of_delivery(
        make_engine: Callable[..., Engine], text: str, shipping: bool) -> None:
    cream = {"id": "cream", "name": "紧致眼霜", "price": 329, "colours": ["标准装"], "sizes": ["15g", "30g"],
             "attributes": {"保质期": "没开封3年,开封后6个月内用完"}}
    reply = make_engine(products=[cream]).reply(text, item_id="cream", now=dt.datetime(2026, 12, 9, 14, 30))
    assert ("shipping" in reply.intents) is shipping


@pytest.mark.parametrize("text", ["还没寄出来能退吗", "还没发货可以取消吗"])
def test_not_sent_yet_said_of_a_refund_or_a_cancel_asks_no_ship_day(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 8, 15, 30))
    assert "shipping" not in reply.intents and "今天" not in reply.text


@pytest.mark.parametrize(("then", "days"), [("几天到", "1-3"), ("包邮吗 几天到", "1-3"), ("北京几天到", None)])
def test_the_days_asked_right_after_a_courier_chosen_are_that_couriers(
        make_engine: Callable[..., Engine], then: str, days: str | None) -> None:
    """「上海的 能指定德邦不」 (德邦 1-3 days, 江浙沪皖 only) … 「几天到」: 德邦's days, not the default 1-2."""
    couriers = [{"name": "中通", "surcharge": 0}, {"name": "德邦", "surcharge": 0, "days": [1, 3],
                                                     "regions": ["浙江", "江苏", "上海", "安徽"]}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通"})
    now = dt.datetime(2026, 12, 8, 10)
    first = engine.reply("上海的 能指定德邦不", item_id="dress-floral", now=now)
    reply = engine.reply(then, first.conversation, item_id="dress-floral", now=now)
    said = reply.text + reply.suggestion
    assert (f"{days}天" in said) if days else ("北京" in said and "1-3天" not in said)


def test_a_place_asked_after_a_courier_chosen_is_told_its_fee_too(make_engine: Callable[..., Engine]) -> None:
    """「今天能发吗 是顺丰吗」 (顺丰 at no charge) … 「发新疆几天到」: 新疆's surcharge, not 顺丰 不用补差价."""
    couriers = [{"name": "中通", "surcharge": 0}, {"name": "顺丰", "surcharge": 0, "days": [1, 2]}]
    engine = make_engine(shipping={"couriers": couriers, "default_courier": "中通"})
    now = dt.datetime(2026, 12, 8, 10)
    first = engine.reply("今天能发吗 是顺丰吗", item_id="dress-floral", now=now)
    reply = engine.reply("发新疆几天到", first.conversation, item_id="dress-floral", now=now)
    assert "新疆" in reply.text and "15元" in reply.text


def test_the_days_asked_after_a_courier_the_product_does_not_go_by_are_its_own_couriers(shop: Shop) -> None:
    """「能发顺丰吗」 of goods whose own words say 只走中通,不能指定顺丰 … 「到上海要几天」: 上海's days, no 顺丰
    refused again."""
    engine = with_dress(shop, attributes={"配送方式": "只走中通,不能指定顺丰"})
    now = dt.datetime(2026, 12, 8, 10)
    first = engine.reply("能发顺丰吗", item_id="dress-floral", now=now)
    assert shipping_part(first).case == "courier_refused"
    reply = engine.reply("到上海要几天", first.conversation, item_id="dress-floral", now=now)
    assert "1-2天" in reply.text and "顺丰" not in reply.text


@pytest.mark.parametrize(("text", "shipping"), [
    ("授权书能发我看下吗", False),  # a paper shown in the chat, no parcel sent
    ("能发个实拍图吗", False),
    ("发给我看看细节", False),
    ("今天能发吗", True),
    ("发我家这边要几天", True),  # 我家: the place, a parcel
])
def test_a_picture_or_a_paper_sent_in_the_chat_asks_no_ship_day(engine: Engine, text: str, shipping: bool) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 8, 15, 30))
    assert ("shipping" in reply.intents) is shipping and ("今天" in reply.text + reply.suggestion) is shipping


@pytest.mark.parametrize("text", ["50斤那么重能送到家门口不", "能送货上门吗"])
def test_home_delivery_asked_is_told_once_by_the_goods_own_fact_of_it(
        make_engine: Callable[..., Engine], text: str) -> None:
    """「50斤那么重能送到家门口不」 of rice whose 送货上门 says 京东物流送货上门: the shipping answer is that clause,
    told once (not again as a second part of the same)."""
    rice = {"id": "rice", "name": "五常大米", "price": 69.9, "colours": ["新米"], "sizes": ["5kg"],
            "attributes": {"送货上门": "京东物流送货上门;个别偏远的村子放到乡镇服务站"}}
    engine = make_engine(products=[rice], promotions=[])
    message, _ = engine.read(text, item_id="rice")
    shop = engine.shop
    answer = ShippingQuestion().answer(Question(shop, message, Conversation(), dt.datetime(2026, 12, 8, 10, 30),
                                        shop.product("rice")))
    assert answer.case == "own_terms" and "京东物流送货上门" in str(answer.facts["terms"])
    assert "乡镇服务站" in str(answer.facts["terms"])  # (the fact named for the service told whole)
    assert not any(other.case == "own_terms" for other in answer.also)


@pytest.mark.parametrize("text", ["小米14能快充吗 能到120w不", "这个加热能到60度吗"])
def test_a_measure_reached_is_no_place_the_parcel_reaches(engine: Engine, text: str) -> None:
    """「能到120w不」 asks the watts a charger reaches, not whether a parcel gets somewhere: no ship day beside."""
    reply = engine.reply(text, item_id="dress-floral", now=TUESDAY)
    assert "shipping" not in reply.intents
