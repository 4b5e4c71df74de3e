"""What a promotion's terms, in the owner's words, take off a price (intents/promotion_terms.py).

The bargain intent's tests show these in replies; here each reading is shown on its own."""

from __future__ import annotations

import pytest

from botcore.shop import Coupon, Product, Promotion
from intents.promotion_terms import (
    count_rate,
    coupon_on_top,
    coupon_said,
    cut_with,
    cuts_price,
    each_cut_for_count,
    gives_for,
    leaves_out,
    names_left_out,
    on_condition,
    paid_of,
    said_of_stacking,
    second_half,
    threshold_and_cut,
)


def terms(description: str, name: str = "店铺活动") -> Promotion:
    return Promotion(name=name, description=description)


@pytest.mark.parametrize(
    ("name", "description", "cuts"),
    [
        ("店铺活动", "满199减20", True),
        ("店铺活动", "第二件半价", True),
        ("店铺活动", "满399送小样", False),  # a gift only: the price stays
        ("会员专享", "入会送20元无门槛券", False),  # for some buyers only
        ("店铺活动", "可以和店铺券一起用", False),  # names the coupon, takes nothing off
        ("跑步机送减震垫", "下单送一块减震垫和一瓶硅油", False),  # 减 of 减震垫: a gift's name
        ("买手表送表带", "送一条表带(价值99元),赠品不折现", False),  # 折 of 不折现: the gift's terms
        ("耳机直降", "降噪耳机直降50元", True),
    ],
)
def test_whether_a_promotion_moves_the_price_every_buyer_pays(name: str, description: str, cuts: bool) -> None:
    assert cuts_price(terms(description, name)) is cuts


@pytest.mark.parametrize(("description", "conditional"), [
    ("预订平安夜送达的玫瑰花束每单立减15元", True),  # when it arrives
    ("新人首单立减10元", False),  # for some buyers only: no cut of every order at all (cuts_price)
    ("拍两箱及以上立减10元", True),  # how many
    ("同一订单里买名画拼图加同片数的拼图框,框立减10元", True),  # what else is in the order
    ("全店满199减20", False),
    ("直降30元", False),
    ("满399送小样", False),  # no cut at all
])
def test_whether_a_promotion_cuts_on_a_condition(description: str, conditional: bool) -> None:
    assert on_condition(terms(description)) is conditional


@pytest.mark.parametrize(
    ("description", "total", "found"),
    [
        ("满199减20", 250, (199, 20)),
        ("满199减20", 150, (199, 20)),  # short of it: the caller compares
        ("满199减20,满399减50", 450, (399, 50)),  # the highest tier reached
        ("满199减20,满399减50", 100, (199, 20)),  # none reached: the lowest
        ("每满200减20", 450, (200, 40)),  # once per 200, uncapped: twice in 450
        ("满199减20,第二件半价", 450, None),  # more than a 满减
    ],
)
def test_the_threshold_and_cut_of_a_spend_off(description: str, total: float,
                                              found: tuple[float, float] | None) -> None:
    assert threshold_and_cut([terms(description)], total) == found


@pytest.mark.parametrize(
    ("pieces", "total", "rate"),
    [(1, 100, None), (2, 200, 0.9), (3, 300, 0.8), (5, 500, 0.8)],
)
def test_a_rate_for_buying_so_many_is_the_highest_tier_reached(pieces: int, total: float, rate: float | None) -> None:
    promotion = terms("满2件打9折,满3件打8折")
    assert count_rate([promotion], pieces, total) == (None if rate is None else (promotion, rate))


def test_a_second_piece_at_half_halves_every_second_one_or_the_cheaper_of_two() -> None:
    assert second_half([terms("第二件半价")], [69, 69]) == (34.5, None)
    assert second_half([terms("第二件半价")], [69, 39]) == (19.5, None)
    # saying which promotions it goes with is no term of its own (满199 there is another's threshold)
    assert second_half([terms("同规格拍两件,第二件半价,可以和满199减20一起用")], [89, 89]) == (44.5, None)
    assert second_half([terms("第二件半价,满199再减20")], [89, 89]) is None  # a term of its own


def test_a_second_piece_at_half_beside_a_spend_off_in_tiers_takes_the_tier_reached_after_the_half() -> None:
    spend = terms("满199减20,满399减50", name="满减")
    # four at 69: two halves (69) come off, and the 207 left reaches 满199: 20 more
    assert second_half([terms("第二件半价"), spend], [69, 69, 69, 69]) == (89, spend)


@pytest.mark.parametrize(("quantity", "paid"), [(3, (2, 100, None)), (6, (4, 200, None)), (2, None)])
def test_buy_two_get_one_pays_for_whole_sets_only(quantity: int, paid: tuple[int, float, None] | None) -> None:
    assert paid_of([terms("买二送一")], 50, quantity) == paid


def test_the_shops_coupon_goes_on_top_only_where_the_terms_say_so() -> None:
    coupon = Coupon(amount=10, min_spend=100)
    assert coupon_on_top(coupon, [terms("满199减20,可与店铺券叠加")], 230) == coupon
    assert coupon_on_top(coupon, [terms("满199减20,不与店铺券同享")], 230) is None
    assert coupon_on_top(coupon, [terms("满199减20,可与店铺券叠加")], 90) is None  # what is left is short of it


@pytest.mark.parametrize(("asked", "said"), [
    ("满减和优惠券能一起用吗", True),
    ("满减和优惠卷能一起用吗", True),  # 券 typed as 卷, as buyers often do
    ("10元的卷能用吗", True),
    ("一卷多少钱", False),  # a roll
    ("第二件半价能和满减一起用吗", False),
])
def test_a_coupon_is_heard_in_the_buyers_spelling_and_the_stacking_clause_on_it_told(asked: str, said: bool) -> None:
    assert coupon_said(asked) is said
    running = [terms("全店满199减20,不和店铺10元券叠加")]
    assert said_of_stacking(running, asked) == ("不和店铺10元券叠加" if said else "")


QUILT = Product(id="quilt", name="大豆纤维被", price=239, colours=["春秋被", "冬被", "加厚冬被"],
                sizes=["150x200cm", "200x230cm"], variant_aliases={"春秋被": ["空调被"]})


@pytest.mark.parametrize(
    ("description", "named", "given"),
    [
        ("买冬被或加厚冬被送一只中枕枕芯", "加厚冬被", True),
        ("买冬被或加厚冬被送一只中枕枕芯", "冬被", True),
        ("买冬被或加厚冬被送一只中枕枕芯", "春秋被", False),  # the terms name others of its kind, not it
        ("拍200x230cm的赠枕套一对", "150x200cm", False),
        ("买空调被送收纳袋", "春秋被", True),  # by another name the shop gives it
        ("买二送一", "春秋被", None),  # no variant named to buy: the terms do not say by variant
        ("满299送枕芯,冬被卖得最好", "春秋被", None),  # a variant named in passing, not bought for the gift
    ],
)
def test_a_gift_for_buying_variants_by_name_comes_with_those_only(description: str, named: str,
                                                                  given: bool | None) -> None:
    assert gives_for(terms(description), QUILT, [named]) is given


@pytest.mark.parametrize(("named", "given"), [("15L", True), ("5L", False)])
def test_a_gift_for_a_size_by_its_number_is_not_given_with_a_size_whose_number_ends_it(named: str,
                                                                                      given: bool) -> None:
    """买15L送工具 gives nothing with the 5L, though 5l is written inside 15l."""
    paint = Product(id="paint", name="乳胶漆", price=199, colours=["标准白"], sizes=["5L", "15L"])
    assert gives_for(terms("内墙漆买15L送刷墙工具一套"), paint, [named]) is given


CASE = Product(id="case", name="拉链款拉杆箱", aliases=["拉链款"], category="行李箱", price=259, colours=["黑色"],
               sizes=["20寸"])
BACKPACK = Product(id="backpack", name="电脑双肩包", aliases=["背包", "双肩包"], category="背包", price=159,
                   colours=["灰色"], sizes=["15.6寸款"])
MUG = Product(id="mug", name="保温杯", category="水杯", price=89, colours=["白色"], sizes=["500ml"])


@pytest.mark.parametrize(
    ("description", "product", "together", "cut"),
    [
        ("买任意一个行李箱同时加购双肩包,双肩包立减30元", BACKPACK, [CASE, BACKPACK], 30),
        ("买任意一个行李箱同时加购双肩包,双肩包立减30元", BACKPACK, [MUG, BACKPACK], None),  # no 行李箱 with it
        ("买任意一个行李箱同时加购双肩包,双肩包立减30元", CASE, [CASE, BACKPACK], None),  # the 行李箱 is not cut
        ("买2个行李箱同时加购双肩包立减30元", BACKPACK, [CASE, BACKPACK], None),  # a count besides: not this alone
        ("镜框加镜片一起拍立减30", BACKPACK, [CASE, BACKPACK], None),  # names neither
    ],
)
def test_a_cut_for_buying_one_along_with_goods_named_holds_where_they_are_bought_together(
        description: str, product: Product, together: list[Product], cut: float | None) -> None:
    assert cut_with(terms(description), product, together) == cut


@pytest.mark.parametrize(("terms", "count", "off"), [
    ("餐椅一次拍4把及以上,每把立减30元,下单自动减。", 4, 30.0),
    ("餐椅一次拍4把及以上,每把立减30元,下单自动减。", 6, 30.0),
    ("餐椅一次拍4把及以上,每把立减30元,下单自动减。", 3, None),  # too few: no cut
    ("满3件以上每件减20元", 3, 20.0),
    ("买2件立减40元", 2, None),  # a sum off the two together (`cut_for_count`), not off each
    ("4件以上每件减20元,满500元再打9折", 4, None),  # more moves the price
])
def test_a_cut_of_each_one_where_so_many_are_bought(terms: str, count: int, off: float | None) -> None:
    promotion = Promotion.model_validate({"name": "多买立减", "description": terms})
    assert each_cut_for_count(promotion, count) == off


@pytest.mark.parametrize(("terms", "total", "spend"), [
    ("每满100减50,上不封顶,结算时自动减", 198.0, (100.0, 50.0)),  # once in 198
    ("每满100减50,上不封顶,结算时自动减", 317.0, (100.0, 150.0)),  # three times in 317
    ("每满100减50,上不封顶", 99.0, (100.0, 50.0)),  # short of it: the threshold, and what it would take off
    ("每满100减50,最多减200", 900.0, None),  # a cap: read by a person
    ("满300减30", 317.0, (300.0, 30.0)),
])
def test_a_cut_for_every_so_much_spent_is_taken_as_many_times_as_the_total_holds(
        terms: str, total: float, spend: tuple[float, float] | None) -> None:
    running = [Promotion.model_validate({"name": "图书双12", "description": terms})]
    assert threshold_and_cut(running, total) == spend


@pytest.mark.parametrize(("asked", "said"), [
    ("满减跟砍价能一起用吗", "已经议过价的订单不再参加满减"),  # haggled orders: the clause that says so
    ("满减能和直降一起用吗", ""),  # another offer asked of: that clause says nothing of it
])
def test_a_clause_of_haggled_orders_answers_only_a_question_of_haggling(asked: str, said: str) -> None:
    terms = "全店满20000元减500元,下单时改价减掉;已经议过价的订单不再参加满减。"
    running = [Promotion.model_validate({"name": "双十二回馈", "description": terms})]
    assert said_of_stacking(running, asked) == said


_SUBSIDY = Promotion.model_validate({"name": "国家补贴", "description": (
    "下单立减商品价的15%,每件最高减500元;国补不能和PLUS会员价一起用。")})
_SPEND_CUT = Promotion.model_validate({"name": "12.12小家电节", "description": "全店满299减30,可以和国家补贴一起用。"})


@pytest.mark.parametrize(("asked", "said"), [
    ("满减能跟国补一起用吗", "可以和国家补贴一起用"),  # not the subsidy's clause of the member's price
    ("国补和满减能叠加吗", "可以和国家补贴一起用"),
    ("国补能和plus会员价一起用吗", "国补不能和PLUS会员价一起用"),
    ("满减和会员价能一起用吗", ""),  # no clause speaks of those two: a person knows
])
def test_a_stacking_clause_answers_only_where_it_names_the_other_offer_asked_of(asked: str, said: str) -> None:
    assert said_of_stacking([_SUBSIDY, _SPEND_CUT], asked) == said


_CARDS = Product(id="gpu", name="显卡", price=2299, colours=["黑色"], sizes=["4060 8G", "4060Ti 8G"],
                 variant_aliases={"4060 8G": ["4060"], "4060Ti 8G": ["4060ti"]})


@pytest.mark.parametrize(("description", "size", "left_out"), [
    ("RTX4060和4060Ti显卡下单立减100元", "4060 8G", False),  # listed before the other: cut too
    ("RTX4060和4060Ti显卡下单立减100元", "4060Ti 8G", False),
    ("4060Ti显卡下单立减100元", "4060 8G", True),  # only the other named: not this one
])
def test_a_cut_said_of_variants_listed_together_is_each_ones(description: str, size: str, left_out: bool) -> None:
    assert leaves_out(terms(description), _CARDS, ["黑色", size]) is left_out


@pytest.mark.parametrize(("named", "left_out"), [("四驱双电", False), ("四驱摇摆款", True), ("双驱单电", True)])
def test_a_variant_is_not_left_out_by_a_word_of_its_name_that_begins_another_left_out(named: str,
                                                                                     left_out: bool) -> None:
    """四驱双电直降50元;双驱单电和四驱摇摆款不参加: 四驱, an alias of 四驱双电, is the start of 四驱摇摆款 there."""
    car = Product(id="car", name="越野车", price=399, colours=["红色"], sizes=["双驱单电", "四驱双电", "四驱摇摆款"],
                  variant_aliases={"四驱双电": ["四驱", "双电"], "四驱摇摆款": ["摇摆款"]})
    cut = terms("四驱双电直降50元;双驱单电和四驱摇摆款不参加")
    assert names_left_out(cut, car, [named]) is left_out
