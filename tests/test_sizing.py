"""sizing: size recommendations and size-chart answers, checked against example_shop.yaml.

The example charts used here (dress-floral, fit regular):
    S 150-156cm 80-95斤 · M 156-161cm 95-108斤 · L 161-166cm 108-122斤 · XL 166-172cm 122-138斤
dress-knit and shirt-white have the same rows but run small; hoodie-fleece runs large.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from support import assert_says, part_of

from botcore.conversation import Conversation
from botcore.shop import Product, Shop
from botcore.shop.shopfile import load_shop
from engine import Engine, Part, Reply
from intents import sizing

NOW = dt.datetime(2026, 12, 1, 10, 0)  # a Tuesday; sizing does not depend on time
DRESS = "dress-floral"


def ask(engine: Engine, text: str, *, item: str | None = DRESS, conversation: Conversation | None = None) -> Reply:
    return engine.reply(text, conversation, item_id=item, now=NOW)


def sizing_part(reply: Reply) -> Part:
    return part_of(reply, "sizing")


# --- recommending a size -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "height", "weight", "size"),
    [
        # 163cm and 120斤 both fall on the L row
        ("我163，120斤，穿什么码", "163cm", "120斤", "L"),
        ("1米63 60kg穿哪个码", "163cm", "120斤", "L"),
        ("一米六三，一百二十斤，拿多大的码", "163cm", "120斤", "L"),
        ("1.63 体重一百二，选什么码好", "163cm", "120斤", "L"),
        # 170cm and 130斤 both fall on the XL row
        ("170 130斤穿什么码", "170cm", "130斤", "XL"),
        ("1米7，65kg，穿几码", "170cm", "130斤", "XL"),
        ("一米七 一百三十斤 推荐个尺码", "170cm", "130斤", "XL"),
        ("身高1.70，体重65公斤，穿多大", "170cm", "130斤", "XL"),
    ],
)
def test_recommends_the_chart_size_from_height_and_weight_in_any_spelling(
    engine: Engine, message: str, height: str, weight: str, size: str
) -> None:
    reply = ask(engine, message)
    part = sizing_part(reply)
    assert part.case == "recommend"
    assert (part.facts["height"], part.facts["weight"], part.facts["size"]) == (height, weight, size)
    assert_says(reply, size)
    assert reply.conversation.size == size


def test_boundary_measures_take_the_larger_size(engine: Engine) -> None:
    # 161cm ends M and starts L; 108斤 ends M and starts L
    part = sizing_part(ask(engine, "身高161 体重108斤穿什么码"))
    assert (part.case, part.facts["size"]) == ("recommend", "L")


@pytest.mark.parametrize(
    ("item", "message", "by_height", "by_weight", "suggested"),
    [
        (DRESS, "170 120斤穿什么码", "XL", "L", "XL"),
        (DRESS, "身高165，体重130斤，哪个码合适", "L", "XL", "XL"),
        # jeans: 163cm is 28 (162-166), 100斤 is 27 (96-104); they run small: one size up from 28
        ("jeans-straight", "163 100斤穿几码", "28", "27", "29"),
    ],
)
def test_height_and_weight_on_different_rows_names_both_and_suggests_the_larger(
    engine: Engine, item: str, message: str, by_height: str, by_weight: str, suggested: str
) -> None:
    reply = ask(engine, message, item=item)
    part = sizing_part(reply)
    assert part.case == "between"
    assert part.facts["size_by_height"] == by_height
    assert part.facts["size_by_weight"] == by_weight
    assert part.facts["size"] == suggested
    assert_says(reply, by_height, by_weight, suggested)


@pytest.mark.parametrize(
    ("item", "message", "body_size", "size"),
    [
        ("dress-knit", "163 115斤穿什么码", "L", "XL"),  # fit: small -> one size up
        ("shirt-white", "一米六，一百斤穿哪个码", "M", "L"),  # fit: small -> one size up
        ("hoodie-fleece", "163 115斤穿什么码", "L", "M"),  # fit: large -> one size down
    ],
)
def test_product_that_runs_small_or_large_shifts_the_chart_size(
    engine: Engine, shop: Shop, item: str, message: str, body_size: str, size: str
) -> None:
    reply = ask(engine, message, item=item)
    part = sizing_part(reply)
    assert part.case == "recommend_adjusted"
    assert (part.facts["body_size"], part.facts["size"]) == (body_size, size)
    product = shop.product(item)
    assert product is not None
    assert part.facts["fit_note"] == product.fit_note
    assert_says(reply, body_size, size, product.fit_note)
    assert reply.conversation.size == size


@pytest.mark.parametrize(
    ("item", "message", "size", "extreme"),
    [
        ("dress-knit", "170 130斤穿什么码", "XL", "大"),  # the chart's XL, and it runs small: no size above
        ("dress-knit", "我130斤能穿吗", "XL", "大"),  # (by the weight alone)
        ("hoodie-fleece", "152 85斤穿什么码", "S", "小"),  # the chart's S, and it runs large: no size below
    ],
)
def test_a_fit_that_takes_the_chart_size_past_the_last_is_handed_on_not_clipped(
    engine: Engine, item: str, message: str, size: str, extreme: str
) -> None:
    reply = ask(engine, message, item=item)
    part = sizing_part(reply)
    assert (part.case, part.facts["size"], part.facts["extreme"]) == ("fit_beyond", size, extreme)
    assert reply.mode == "handoff"


# --- asking for what is missing, across turns -----------------------------------------------


def test_height_only_asks_for_weight_and_the_next_message_completes_it(engine: Engine) -> None:
    first = ask(engine, "我身高165")
    part = sizing_part(first)
    assert part.case == "need_weight"
    assert part.facts["height"] == "165cm"
    assert_says(first, "165cm")
    assert first.conversation.height == 165
    assert first.conversation.awaiting == "measures"

    second = ask(engine, "110斤", item=None, conversation=first.conversation)
    part = sizing_part(second)
    assert part.case == "recommend"
    assert (part.facts["height"], part.facts["weight"], part.facts["size"]) == ("165cm", "110斤", "L")
    assert_says(second, "L")
    assert second.conversation.awaiting is None


def test_weight_alone_is_enough_and_a_bare_height_later_refines_it(engine: Engine) -> None:
    first = ask(engine, "体重130斤")
    part = sizing_part(first)
    assert (part.case, part.facts["size"], part.facts["measure"]) == ("recommend_by", "XL", "体重130斤")
    assert_says(first, "130斤", "XL")

    second = ask(engine, "168", item=None, conversation=first.conversation)
    part = sizing_part(second)
    assert part.case == "recommend"
    assert (part.facts["height"], part.facts["weight"], part.facts["size"]) == ("168cm", "130斤", "XL")


def test_no_measures_asks_for_height_and_weight_then_answers_them(engine: Engine) -> None:
    first = ask(engine, "这条裙子我穿什么码合适")
    assert sizing_part(first).case == "need_measures"
    assert first.mode == "auto"
    assert first.conversation.awaiting == "measures"

    second = ask(engine, "165 110斤", item=None, conversation=first.conversation)
    part = sizing_part(second)
    assert (part.case, part.facts["size"]) == ("recommend", "L")


@pytest.mark.parametrize(
    ("message", "height", "weight"),
    [
        ("185cm 200斤穿什么码", "185cm", "200斤"),
        ("身高145，90斤穿什么码", "145cm", "90斤"),  # too short, weight inside the chart
    ],
)
def test_outside_the_chart_gives_the_chart_span_and_hands_off(
    engine: Engine, message: str, height: str, weight: str
) -> None:
    reply = ask(engine, message)
    part = sizing_part(reply)
    assert part.case == "out_of_chart"
    assert (part.facts["height"], part.facts["weight"]) == (height, weight)
    assert (part.facts["chart_height"], part.facts["chart_weight"]) == ("150-172cm", "80-138斤")
    assert reply.mode == "handoff"
    assert "150-172cm" in reply.text and "80-138斤" in reply.text


# --- fit, measurements, ranges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "message", "case"),
    [
        ("dress-knit", "这款偏小吗", "fit_small"),
        ("hoodie-fleece", "会不会偏大", "fit_large"),
        (DRESS, "尺码偏大吗", "fit_regular"),
        (DRESS, "这件偏小吗", "fit_regular"),
        ("dress-knit", "偏码吗", "fit_small"),  # 偏码: runs off its size, either way
    ],
)
def test_runs_large_or_small_answers_with_the_products_fit_note(
    engine: Engine, shop: Shop, item: str, message: str, case: str
) -> None:
    reply = ask(engine, message, item=item)
    part = sizing_part(reply)
    product = shop.product(item)
    assert product is not None
    assert part.case == case
    assert part.facts["fit_note"] == product.fit_note
    assert_says(reply, product.fit_note)


@pytest.mark.parametrize(
    ("item", "message", "size", "part_name", "value"),
    [
        (DRESS, "M码衣长多少", "M", "衣长", "120cm"),
        (DRESS, "XL的胸围是多少呀", "XL", "胸围", "96cm"),
        ("jeans-straight", "27码腰围多少", "27", "腰围", "68cm"),
    ],
)
def test_measurement_of_a_named_size_comes_from_the_chart(
    engine: Engine, item: str, message: str, size: str, part_name: str, value: str
) -> None:
    reply = ask(engine, message, item=item)
    part = sizing_part(reply)
    assert part.case == "measurement"
    assert (part.facts["size"], part.facts["part"], part.facts["value"]) == (size, part_name, value)
    assert_says(reply, size, part_name, value)


def test_measurement_without_a_size_lists_every_size(engine: Engine) -> None:
    reply = ask(engine, "腰围多少")
    part = sizing_part(reply)
    assert part.case == "measurement_all"
    assert part.facts["part"] == "腰围"
    assert part.facts["values"] == "S码66cm、M码70cm、L码74cm、XL码78cm"
    assert_says(reply, "腰围", "S码66cm、M码70cm、L码74cm、XL码78cm")


@pytest.mark.parametrize(
    ("message", "size", "height_range", "weight_range"),
    [
        ("XL能穿到多少斤", "XL", "166-172cm", "122-138斤"),
        ("M码能穿到多少斤呀", "M", "156-161cm", "95-108斤"),
        ("S码适合多少斤的人穿", "S", "150-156cm", "80-95斤"),
    ],
)
def test_size_range_quotes_the_chart_row(
    engine: Engine, message: str, size: str, height_range: str, weight_range: str
) -> None:
    reply = ask(engine, message)
    part = sizing_part(reply)
    assert part.case == "size_range"
    assert (part.facts["size"], part.facts["height_range"], part.facts["weight_range"]) == (
        size,
        height_range,
        weight_range,
    )
    assert_says(reply, size, height_range, weight_range)


@pytest.mark.parametrize(
    ("message", "case", "named", "suggested"),
    [
        ("体重130斤能穿L吗", "cannot_wear", "L", "XL"),
        ("体重130斤能穿XL吗", "can_wear", "XL", "XL"),
        ("165 110斤能穿M吗", "cannot_wear", "M", "L"),
        ("165 110斤穿L可以吗", "can_wear", "L", "L"),
    ],
)
def test_can_i_wear_a_named_size_checks_it_against_the_chart(
    engine: Engine, message: str, case: str, named: str, suggested: str
) -> None:
    reply = ask(engine, message)
    part = sizing_part(reply)
    assert part.case == case
    assert (part.facts["size"], part.facts["suggested"]) == (named, suggested)
    assert_says(reply, named, suggested)


# --- which product ---------------------------------------------------------------------------


def test_no_product_in_focus_asks_which_product(engine: Engine) -> None:
    reply = ask(engine, "170 130斤穿什么码", item=None)
    assert sizing_part(reply).case == "which_product"
    assert_says(reply, "哪")


def test_product_named_in_the_message_is_used_without_item_id(engine: Engine) -> None:
    reply = ask(engine, "碎花裙170 130斤穿什么码", item=None)
    part = sizing_part(reply)
    assert (part.case, part.facts["size"]) == ("recommend", "XL")
    assert reply.conversation.product_id == DRESS


def _engine_with_chart(rows: list[dict[str, object]]) -> Engine:
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress["size_chart"] = rows
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.mark.parametrize(("text", "case", "size"), [
    ("新手学琴买多大的", "need_measure", None),  # which size to take: the chart's, asked for a height
    ("我178 选多大的好", "recommend_by", "41寸"),
    ("多大合适 我165", "recommend_by", "40寸"),
    ("我女生158 适合多大的吉他呀", "recommend_by", "40寸"),  # not who it suits (适合人群)
])
def test_a_size_to_take_of_one_with_a_chart_is_the_charts_not_its_stated_lengths(
        text: str, case: str, size: str | None) -> None:
    """A guitar charted by height whose 尺寸 fact says how long each one is: 「选多大的好」 asks which to take."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress.update(sizes=["38寸", "40寸", "41寸"], stock={}, prices={}, fit="regular", restock=[],
                 size_chart=[{"size": "38寸", "height": [130, 155]}, {"size": "40寸", "height": [155, 170]},
                             {"size": "41寸", "height": [170, 195]}],
                 attributes={"尺寸": "38寸全长97厘米,40寸全长101厘米,41寸全长104厘米", "适合人群": "零基础新手和学生"})
    reply = ask(Engine(Shop.model_validate(data), rng=random.Random(0)), text)
    part = sizing_part(reply)
    assert (part.case, part.facts.get("size")) == (case, size)
    assert "全长" not in reply.text + reply.suggestion


def test_a_chart_of_heights_only_places_the_buyer_by_height_and_ignores_the_weight() -> None:
    engine = _engine_with_chart([{"size": "S", "height": [150, 158]}, {"size": "M", "height": [158, 165]}])
    reply = ask(engine, "160 100斤穿什么码")
    part = sizing_part(reply)
    assert (part.case, part.facts["size"], part.facts["measure"]) == ("recommend_by", "M", "身高160cm")
    assert_says(reply, "M")


@pytest.mark.parametrize("text", ["金毛五十五斤穿几号", "55斤的狗拍几号"])
def test_which_number_to_wear_said_with_a_weight_is_the_size_not_a_fact_of_whom_it_suits(text: str) -> None:
    """A dog's raincoat charted by weight whose 适用品种 names 金毛: 「穿几号」 asks the size, 4XL."""
    data = load_shop().model_dump()
    data["products"] = [{
        "id": "coat", "name": "大狗雨衣", "price": 59, "colours": ["荧光黄"], "sizes": ["3XL", "4XL"],
        "size_chart": [{"size": "3XL", "weight": [30, 45]}, {"size": "4XL", "weight": [45, 60]}],
        "attributes": {"适用品种": "柴犬、边牧、金毛、拉布拉多等中大型犬"}}]
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="coat", now=NOW)
    assert reply.intents[0] == "sizing" and sizing_part(reply).facts["size"] == "4XL" and reply.mode == "auto"


@pytest.mark.parametrize("text", ["能定制尺寸吗 我肩比较宽", "可以按我的尺寸定做吗"])
def test_whether_it_is_made_to_measure_is_not_a_size_to_choose(text: str) -> None:
    """「能定制尺寸吗」 asks whether the shop makes to measure (the example shop's own rule says it does not), not
    「告诉我身高体重」."""
    reply = ask(Engine(load_shop(), rng=random.Random(0)), text)
    assert "sizing" not in reply.intents and "身高" not in reply.text


def test_a_girth_the_chart_has_no_column_for_is_what_the_products_fact_of_it_says() -> None:
    """「腰围80能系上不」 of a skirt charted by height, whose 腰围 fact says 60到95cm都能系: that, not
    「详细尺寸我请同事确认」."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress["size_chart"] = [{"size": "S", "height": [150, 160]}, {"size": "M", "height": [160, 168]}]
    dress["attributes"] = {"腰围": "系带款,腰围60到95cm都能系"}
    reply = ask(Engine(Shop.model_validate(data), rng=random.Random(0)), "腰围80能系上不")
    assert "60到95cm都能系" in reply.text and reply.mode == "auto"


@pytest.mark.parametrize("text", ["窗户宽2米4 要拍几米", "我家轨道2米4 要拍几米", "3米宽的窗买多少米"])
def test_how_many_metres_to_buy_of_goods_sold_by_the_metre_is_drafted_with_how_they_are_counted(text: str) -> None:
    """「我家轨道2米4 要拍几米」 of a curtain sold by the metre of cloth: its 计价方式 (米数=轨道宽度×褶皱倍数) drafted
    for a person to work out, of the curtain (the buyer's own rail, not the shop's), not 「详细尺寸我请同事确认」."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress["attributes"] = {"计价方式": "按米计价,标价是每米布料的价格;米数=轨道宽度×褶皱倍数"}
    rail = {"id": "rail", "name": "静音轨道", "aliases": ["轨道"], "price": 25, "colours": ["白色"], "sizes": ["单轨"],
            "attributes": {"计价方式": "按米计价,按墙的实际宽度拍"}}
    data["products"].append(rail)
    reply = ask(Engine(Shop.model_validate(data), rng=random.Random(0)), text)
    assert "褶皱倍数" in reply.suggestion and reply.mode != "auto" and reply.conversation.product_id == DRESS


def test_a_height_said_with_which_length_to_take_is_placed_on_the_chart() -> None:
    """「163穿哪个长度的」 of a skirt charted by height, its sizes its lengths: 90cm, not every length listed."""
    engine = _engine_with_chart([{"size": "S", "height": [150, 160], "measurements": {"裙长": 85}},
                                 {"size": "M", "height": [160, 168], "measurements": {"裙长": 90}}])
    part = sizing_part(ask(engine, "163穿哪个长度的"))
    assert (part.case, part.facts["size"]) == ("recommend_by", "M")


@pytest.mark.parametrize("message", ["我身高155 穿会不会长", "155穿到哪里", "身高155会拖地吗"])
def test_a_height_asked_of_the_length_of_goods_charted_without_heights_is_its_length_fact(message: str) -> None:
    """Trousers charted by weight and waist: 155 and 会不会长 is what 裤长 says, not 「告诉我体重或腰围」."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress["size_chart"] = [{"size": "M", "weight": [95, 108], "waist": [66, 70]},
                           {"size": "L", "weight": [108, 122], "waist": [70, 74]}]
    dress["attributes"] = {"裤长": "约100到105厘米,155以下的亲可能要改短一点", "弹力": "微弹"}
    reply = ask(Engine(Shop.model_validate(data), rng=random.Random(0)), message)
    part = sizing_part(reply)
    assert part.case == "dimensions" and "155以下的亲可能要改短一点" in part.facts["facts"]


@pytest.mark.parametrize("message", ["157 97斤穿什么码", "156 96斤穿什么码"])
def test_a_value_in_a_gap_between_chart_rows_takes_the_larger_size(message: str) -> None:
    engine = _engine_with_chart([
        {"size": "S", "height": [150, 155], "weight": [80, 95]},
        {"size": "M", "height": [158, 163], "weight": [98, 110]},
    ])
    part = sizing_part(ask(engine, message))  # 156 and 96 are nearer S, but between two sizes the larger fits
    assert (part.case, part.facts["size"]) == ("recommend", "M")


# --- any shop: foot length, children, other size names --------------------------------------


@pytest.fixture(scope="module")
def shoes() -> Engine:
    return Engine(load_shop("shoes"), rng=random.Random(0))


@pytest.mark.parametrize(
    ("item", "message", "case", "size"),
    [
        ("run-shoe-x", "脚长25.8穿多大", "recommend_by", "42"),  # 42 is 25.5-26.0
        ("run-shoe-x", "脚长26穿几码", "recommend_by", "43"),  # on the boundary: the larger
        ("run-shoe-pro", "脚长25.8穿多大", "recommend_by", "43"),  # runs small: one size up
        ("run-shoe-x", "美码9.5穿哪个码", "usual_size", "43"),
        ("run-shoe-x", "平时穿42.5 拍哪个", "usual_size", "43"),  # a half size the shop does not make
        ("run-shoe-x", "内长260的是多大码", "usual_size", "42"),  # the chart names 42 「260」: not 260斤
        ("run-shoe-x", "脚长25.8 平时穿41 拍哪个", "recommend_by", "42"),  # the foot measured, over the size worn
        ("kids-tracksuit", "孩子120 45斤穿多大", "recommend", "120"),
        ("kids-tracksuit", "120码多高", "size_range", "120"),  # 120码 is the size, not 120斤
    ],
)
def test_sizes_by_foot_length_other_names_and_for_children(
    shoes: Engine, item: str, message: str, case: str, size: str
) -> None:
    part = sizing_part(ask(shoes, message, item=item))
    assert (part.case, part.facts["size"]) == (case, size)


def test_a_foot_off_the_chart_is_said_plainly_and_handed_on(shoes: Engine) -> None:
    reply = ask(shoes, "脚长30穿多大", item="run-shoe-x")
    part = sizing_part(reply)
    assert part.case == "out_of_chart_by" and reply.mode == "handoff"
    assert part.facts["measure"] == "脚长30cm"


def test_a_shoe_buyer_is_asked_for_foot_length_not_height(shoes: Engine) -> None:
    part = sizing_part(ask(shoes, "穿多大码合适", item="run-shoe-x"))
    assert (part.case, part.facts["measure"]) == ("need_measure", "脚长")


# --- bras: the band by 下胸围, the cup by 上下胸围差 -------------------------------------------


BRA_CHART = {"bands": {70: [68, 72], 75: [73, 77], 80: [78, 82]}, "cups": {"A": 10, "B": 12.5, "C": 15}}


def _bras(fit: str = "regular", sizes: tuple[str, ...] = ("70A", "70B", "75A", "75B", "75C", "80B", "80C")) -> Engine:
    """The example shop with its dress sold as a bra in ``sizes``, charted by `BRA_CHART`."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress.update(sizes=list(sizes), stock={}, size_chart=[], bra_chart=BRA_CHART, fit=fit, colours=["肤色"],
                 prices={}, variant_aliases={}, restock=[], fit_note="")
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.mark.parametrize(("message", "case", "size"), [
    ("下胸围73 上胸围88穿啥码", "recommend_by", "75C"),  # 73 is a 75 band, 15cm over it a C cup
    ("下围69 上围81.5 拍哪个", "recommend_by", "70B"),  # 12.5 over: B
    ("下胸围72.5 上胸围83", "recommend_by", "75A"),  # between two bands: the larger; 10.5 over is nearest A
    ("下胸围76 上胸围89", "recommend_by", "75B"),  # 13 over: nearest B
    ("下胸围78 上胸围88", "size_not_made", "80A"),  # a size the chart gives that is not made: a person looks
    ("下胸围64 上胸围76", "out_of_chart_by", None),  # under the first band
    ("下胸围75 上胸围80", "out_of_chart_by", None),  # 5cm over: no cup
    ("下胸围73", "need_measure", None),  # the cup needs the bust too
])
def test_a_bra_size_is_the_band_by_the_underbust_and_the_cup_by_the_difference(
        message: str, case: str, size: str | None) -> None:
    reply = ask(_bras(), message)
    part = sizing_part(reply)
    assert (part.case, part.facts.get("size")) == (case, size)
    if size is not None:
        assert_says(reply, size)
    if case in ("size_not_made", "out_of_chart_by"):
        assert reply.mode == "handoff"


def test_a_bra_that_runs_small_is_one_cup_up_and_past_its_last_cup_a_person_looks() -> None:
    engine = _bras("small", ("70B", "70C", "75B", "75C", "80B", "80C"))
    part = sizing_part(ask(engine, "下胸围73 上胸围85.5"))  # 75B by the chart, one cup up
    assert (part.case, part.facts["size"]) == ("recommend_by", "75C")
    first = ask(engine, "平时穿80B 这款拍啥")  # the size worn elsewhere: the same band, one cup up
    assert (sizing_part(first).case, sizing_part(first).facts["size"]) == ("usual_size", "80C")
    after = ask(engine, "那75c的呢", conversation=first.conversation)  # no D cup: the largest cup, a person looks
    part = sizing_part(after)
    assert (part.case, part.facts["size"], part.facts["cup"], after.mode) == ("cup_beyond", "75C", "C", "handoff")
    assert "C杯" in after.text + after.suggestion and "最大码" not in after.text + after.suggestion


def test_a_bra_measure_told_is_remembered_for_the_other() -> None:
    engine = _bras()
    first = ask(engine, "下胸围73")
    then = sizing_part(ask(engine, "上胸围88", conversation=first.conversation))
    assert (then.case, then.facts["size"]) == ("recommend_by", "75C")


# --- rings, bracelets, hats: a finger's, a wrist's or a head's girth --------------------------


def _rings(rows: list[dict[str, object]]) -> Engine:
    """The example shop with its dress sold as a ring of sizes 12号-14号 placed by ``rows``."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress.update(sizes=["12号", "13号", "14号"], stock={"米白色": {"12号": 3, "13号": 3, "14号": 3}},
                 size_chart=rows, fit="regular", colours=["米白色"], prices={}, variant_aliases={}, restock=[])
    return Engine(Shop.model_validate(data), rng=random.Random(0))


RING_CHART = [{"size": "12号", "finger": [52, 52]}, {"size": "13号", "finger": [53, 53]},
              {"size": "14号", "finger": [54, 54]}]


def test_a_ring_size_usually_worn_that_the_shop_skips_is_the_next_one_up() -> None:
    """「我平时戴港码13号的 这个拍哪个」 of rings in 12号 and 14号 only: 14号, told as the 13号 worn (it
    had read 13号 as the 13th of the month and asked for the finger)."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress.update(sizes=["12号", "14号"], stock={"银色": {"12号": 3, "14号": 3}}, size_chart=[
        {"size": "12号", "finger": [51, 53]}, {"size": "14号", "finger": [53, 55]}], fit="regular",
                 colours=["银色"], prices={}, variant_aliases={}, restock=[])
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    part = sizing_part(ask(engine, "我平时戴港码13号的 这个拍哪个"))
    assert (part.case, part.facts["usual"], part.facts["size"]) == ("usual_size", "13号", "14号")


@pytest.mark.parametrize(
    ("message", "size", "measure"),
    [
        ("手指一圈53毫米 拍几号", "13号", "指围53mm"),
        ("指围5.3厘米戴多大", "13号", "指围53mm"),  # in cm, read as mm
        ("量了下周长53.5mm戴多大的", "14号", "指围53.5mm"),  # between two sizes: the larger
    ],
)
def test_a_ring_size_from_the_girth_of_a_finger(message: str, size: str, measure: str) -> None:
    part = sizing_part(ask(_rings(RING_CHART), message))
    assert (part.case, part.facts["size"], part.facts["measure"]) == ("recommend_by", size, measure)


def test_a_finger_off_the_ring_chart_is_said_plainly_and_handed_on() -> None:
    reply = ask(_rings(RING_CHART), "指围60mm有合适的吗")
    part = sizing_part(reply)
    assert (part.case, part.facts["chart_range"]) == ("out_of_chart_by", "指围52-54mm")
    assert reply.mode == "handoff"


def test_a_ring_buyer_is_asked_for_the_finger_and_a_hat_buyer_for_the_head() -> None:
    assert sizing_part(ask(_rings(RING_CHART), "戴多大的合适")).facts["measure"] == "指围"
    hats = _rings([{"size": "12号", "head": [50, 54]}, {"size": "13号", "head": [54, 57]},
                   {"size": "14号", "head": [57, 60]}])
    assert sizing_part(ask(hats, "头围56 戴哪个")).facts["size"] == "13号"
    wrists = _rings([{"size": "12号", "wrist": [13, 14]}, {"size": "13号", "wrist": [14, 15.5]},
                     {"size": "14号", "wrist": [15.5, 17]}])
    assert sizing_part(ask(wrists, "手腕一圈16cm 选哪个")).facts["size"] == "14号"
    assert sizing_part(ask(wrists, "手腕16cm戴多长的")).facts["size"] == "14号"  # which length to wear: a size


# --- a baby's age: formula stages, baby wear ----------------------------------------------

STAGES = [{"size": "12号", "age": [0, 0.5]}, {"size": "13号", "age": [0.5, 1]}, {"size": "14号", "age": [1, 3]}]


@pytest.mark.parametrize(
    ("message", "size"),
    [
        ("我家一岁半了该拍14号了吧", "14号"),  # an age beside a size asks whether it fits
        ("宝宝八个月 选哪个", "13号"),  # an age and a choice
        ("刚满月的宝宝拍哪个", "12号"),
    ],
)
def test_an_age_with_a_size_or_a_choice_is_a_sizing_question(message: str, size: str) -> None:
    reply = ask(_rings(STAGES), message)
    assert reply.intents[0] == "sizing"
    part = sizing_part(reply)  # (「该拍14号了吧」: whether the 14号 named is the one)
    assert part.case in ("recommend_by", "can_wear_by") and part.facts["size"] == size


@pytest.mark.parametrize(("fit", "case"), [(None, "no_chart"), ("regular", "fit_regular"), ("small", "fit_small")])
def test_a_product_without_a_chart_is_said_to_fit_only_as_its_file_says(
        make_engine: Callable[..., Engine], fit: str | None, case: str) -> None:
    sheet = {"id": "sheet", "name": "纯棉床单", "price": 99, "colours": ["白色"], "sizes": ["1.5m床", "1.8m床"]}
    engine = make_engine(products=[sheet | ({"fit": fit} if fit else {})])
    assert engine.reply("偏大还是偏小", item_id="sheet").parts[0].case == case  # no 「版型正常」 the file never said


@pytest.mark.parametrize(("lines", "size"), [
    (["亲 我平时穿42的鞋 拍M还是L"], "L"),  # the shoe size, not the M of the choice offered
    (["我穿39码的鞋"], "M"),
    (["我穿43的鞋能穿吗", "那45呢"], "L"),  # the next shoe size alone, asked after
])
def test_goods_sized_by_the_foot_are_sized_by_the_shoe_size_their_facts_give(
        make_engine: Callable[..., Engine], lines: list[str], size: str) -> None:
    socks = {"id": "socks", "name": "中筒袜", "price": 29.9, "colours": ["黑色"], "sizes": ["M", "L"],
             "size_chart": [{"size": "M", "foot": [23.5, 25.5]}, {"size": "L", "foot": [25.5, 27.5]}],
             "attributes": {"适合鞋码": "M码适合38到41码的鞋,L码适合42到45码的鞋"}}
    engine = make_engine(products=[socks])
    conversation = None
    for line in lines:
        reply = engine.reply(line, conversation, item_id="socks")
        conversation = reply.conversation
    part = reply.parts[0]
    assert (part.case, part.facts["size"]) == ("by_shoe_size", size) and f"{size}码适合" in part.text


def test_a_shoe_size_said_of_one_size_goods_is_told_their_fact_of_shoe_sizes(
        make_engine: Callable[..., Engine]) -> None:
    socks = {"id": "socks", "name": "船袜", "price": 19.9, "colours": ["黑色"], "sizes": ["5双装", "10双装"],
             "attributes": {"适合鞋码": "均码,适合39到44码的鞋;45码以上会有点紧"}}
    reply = make_engine(products=[socks]).reply("我穿43的鞋 能穿吗", item_id="socks")
    assert reply.parts[0].case == "dimensions" and "适合39到44码的鞋" in f"{reply.text} {reply.suggestion}"


def test_which_size_of_goods_without_a_chart_is_told_by_the_fact_speaking_of_each_size(
        make_engine: Callable[..., Engine]) -> None:
    """「11朵配哪个」 of a vase in 小号 and 大号, no chart, whose 尺寸 says each one's fit: that fact."""
    vase = {"id": "vase", "name": "玻璃花瓶", "price": 29, "colours": ["透明"], "size_label": "规格",
            "sizes": ["小号", "大号"],
            "attributes": {"尺寸": "小号高25厘米,适合11枝和19枝;大号高30厘米,适合33枝", "材质": "加厚玻璃"}}
    roses = {"id": "roses", "name": "玫瑰花束", "price": 169, "colours": ["红玫瑰"], "sizes": ["11枝", "33枝"],
             "variant_aliases": {"11枝": ["11朵"], "33枝": ["33朵"]}}
    reply = make_engine(products=[vase, roses]).reply("11朵配哪个", item_id="vase")
    assert reply.parts[0].case == "dimensions" and "适合11枝和19枝" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "told"), [("我一米八五 睡得下吗", True), ("身高185能睡吗", True), ("我120斤", False)])
def test_a_body_measure_said_of_goods_without_a_chart_is_told_the_size_fact_speaking_of_it(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    """A sleeping bag in one size whose 尺寸 says 身高190以内都能睡: a height is told that; a weight it
    says nothing of is not."""
    bag = {"id": "bag", "name": "信封睡袋", "price": 129, "colours": ["军绿"], "sizes": ["标准款"],
           "attributes": {"尺寸": "展开220x80cm,身高190以内都能睡", "重量": "1.8kg"}}
    reply = make_engine(products=[bag]).reply(text, item_id="bag")
    assert ("身高190以内都能睡" in f"{reply.text} {reply.suggestion}") is told


def test_a_height_said_of_goods_without_a_chart_is_told_any_fact_speaking_of_it(
        make_engine: Callable[..., Engine]) -> None:
    """「我157 配e5用合适吗」 of a footrest whose 适合人群 says 身高160厘米以下…: that fact, not a person asked for
    its sizes."""
    footrest = {"id": "footrest", "name": "人体工学脚踏", "price": 99, "colours": ["黑色"], "sizes": ["标准款"],
                "attributes": {"尺寸": "长45宽35厘米", "适合人群": "身高160厘米以下坐标准办公椅的人"}}
    reply = make_engine(products=[footrest]).reply("我157 配椅子用合适吗", item_id="footrest")
    assert reply.parts[0].case == "dimensions" and "身高160厘米以下" in reply.text + reply.suggestion


def test_a_weight_said_of_goods_sold_by_bands_of_weight_is_the_band_alone(make_engine: Callable[..., Engine]) -> None:
    """「泰迪12斤买哪个规格」 of a wormer for 2-3.5kg … 7.5-15kg, the shop having taught 「我家狗12斤买哪个规格」:
    3.5-7.5kg, sent; no list of the bands and no breed (泰迪) left for a person beside it."""
    chews = {"id": "chews", "name": "驱虫咀嚼片", "price": 59, "colours": ["单粒"], "size_label": "规格",
             "sizes": ["2-3.5kg", "3.5-7.5kg", "7.5-15kg"],
             "size_chart": [{"size": "2-3.5kg", "weight": [4, 7]}, {"size": "3.5-7.5kg", "weight": [7.2, 15]},
                            {"size": "7.5-15kg", "weight": [15.2, 30]}],
             "attributes": {"用法用量": "每个月喂一次,一次一粒"}}
    engine = make_engine(products=[chews], matching={"sizing": {"examples": ["我家狗12斤买哪个规格"]}})
    reply = engine.reply("泰迪12斤买哪个规格", item_id="chews")
    assert (reply.intents, reply.mode) == (("sizing",), "auto") and "3.5-7.5kg" in reply.text


@pytest.mark.parametrize(("text", "intents"), [
    ("175骑多大的", ("sizing",)),  # a bike's fit is ridden, not worn: the size for the height, not the list
    ("一米七五 骑多大的 多少钱", ("bargain", "sizing")),  # the price asked apart: both, the size with it
])
def test_the_size_of_a_bike_for_the_riders_height_is_told(make_engine: Callable[..., Engine], text: str,
                                                          intents: tuple[str, ...]) -> None:
    bike = {"id": "mtb", "name": "山地车", "price": 1599, "colours": ["黑色"], "size_label": "车架尺寸",
            "sizes": ["15.5寸", "17寸", "19寸"], "prices": {"19寸": 1699},
            "size_chart": [{"size": "15.5寸", "height": [155, 167]}, {"size": "17寸", "height": [168, 179]},
                           {"size": "19寸", "height": [180, 192]}]}
    reply = make_engine(products=[bike]).reply(text, item_id="mtb")
    assert (tuple(sorted(reply.intents)), reply.mode) == (intents, "auto")
    assert next(p for p in reply.parts if p.intent == "sizing").facts["size"] == "17寸"


def test_a_product_named_by_a_word_of_fit_is_not_a_wish_for_that_fit(make_engine: Callable[..., Engine]) -> None:
    """「175 140斤穿多大」 of a regular shirt (40), then 「那修身的呢」 of the slim one, which runs small: 41, not a
    wish for a close fit that cancels its running small."""
    chart = [{"size": "39", "height": [167, 172], "weight": [120, 135]},
             {"size": "40", "height": [172, 176], "weight": [135, 148]},
             {"size": "41", "height": [176, 179], "weight": [148, 160]}]
    shirts = [{"id": pid, "name": name, "aliases": aliases, "price": 199, "colours": ["白色"],
               "sizes": ["39", "40", "41"], "fit": fit, "size_chart": chart}
              for pid, name, aliases, fit in (("biz", "商务衬衫", ["商务款"], "regular"),
                                              ("slim", "修身衬衫", ["修身"], "small"))]
    engine = make_engine(products=shirts)
    first = engine.reply("175 140斤穿多大", item_id="biz")
    then = engine.reply("那修身的呢", first.conversation, item_id="biz")
    assert (part_of(first, "sizing").facts["size"], part_of(then, "sizing").facts["size"]) == ("40", "41")


def test_a_model_none_of_the_sizes_is_is_not_told_those_holding_its_number(make_engine: Callable[..., Engine]) -> None:
    """「我手机是16plus 拍哪个」 of cases for iPhone16, 16Pro and 16ProMax: not those three to choose from (one would
    not fit); a person says."""
    case = {"id": "case", "name": "手机壳", "price": 39, "colours": ["透明"], "size_label": "型号",
            "sizes": ["iPhone16", "iPhone16Pro", "iPhone16ProMax"],
            "attributes": {"兼容": "只有iPhone16、16Pro、16ProMax三个型号,Plus款没有做"}}
    reply = make_engine(products=[case]).reply("我手机是16plus 拍哪个", item_id="case")
    assert part_of(reply, "sizing").case != "named_sizes" and "iPhone16Pro" not in f"{reply.text} {reply.suggestion}"
    assert reply.mode == "handoff"


@pytest.mark.parametrize(("text", "case"), [
    ("领围41的拍哪个码", "named_size"),  # the measure the sizes are named by: that size
    ("41的拍哪个码", "need_measures"),  # a size alone, which asks how the buyer measures
])
def test_a_size_said_after_the_measure_its_sizes_are_named_by_is_that_size(make_engine: Callable[..., Engine],
                                                                           text: str, case: str) -> None:
    shirt = {"id": "biz", "name": "商务衬衫", "price": 199, "colours": ["白色"], "sizes": ["40", "41", "42"],
             "size_label": "领围码", "size_chart": [{"size": "40", "height": [172, 176], "weight": [135, 148]},
                                                  {"size": "41", "height": [176, 179], "weight": [148, 160]},
                                                  {"size": "42", "height": [179, 182], "weight": [160, 175]}]}
    part = part_of(make_engine(products=[shirt]).reply(text, item_id="biz"), "sizing")
    assert part.case == case and (case != "named_size" or part.facts["size"] == "41")


def test_which_size_of_goods_without_a_chart_is_told_by_the_fact_named_for_their_sizes(
        make_engine: Callable[..., Engine]) -> None:
    goggles = {"id": "goggles", "name": "近视泳镜", "price": 59, "colours": ["黑色"], "size_label": "度数",
               "sizes": ["平光", "300度", "400度"], "attributes": {"度数": "左右同度数,两眼不一样按度数低的那只选"}}
    engine = make_engine(products=[goggles])
    reply = engine.reply("左眼300右眼400怎么选", item_id="goggles")
    assert reply.parts[0].case == "dimensions" and "按度数低的那只选" in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize(("text", "told", "not_told"), [
    ("1.8的床单多大", "床单245x270cm", "245x250"),  # the variant named: its part of the value only
    ("1米5的被套多大", "被套200x230cm", "245x270"),
    ("床单多大", "245x250cm", None),  # none named: all of it
    ("1.8的床单多长", "床单245x270cm", "245x250"),  # 多长, 多宽 of a product without a chart: its own too
    ("被套多宽", "被套200x230cm", None),
])
def test_the_dimensions_of_a_product_without_a_chart_are_its_own_and_of_the_size_named(
        make_engine: Callable[..., Engine], text: str, told: str, not_told: str | None) -> None:
    sheet = {"id": "sheet", "name": "纯棉四件套", "price": 299, "colours": ["白色"], "sizes": ["1.5m床", "1.8m床"],
             "variant_aliases": {"1.5m床": ["1米5", "1.5"], "1.8m床": ["1米8", "1.8"]},
             "attributes": {"尺寸": "1.5m床:被套200x230cm、床单245x250cm;1.8m床:被套220x240cm、床单245x270cm;"
                                    "枕套48x74cm"}}
    reply = make_engine(products=[sheet]).reply(text, item_id="sheet")
    assert reply.parts[0].case == "dimensions"
    assert told in reply.suggestion and "枕套48x74cm" in reply.suggestion  # and what is said of them all
    assert not_told is None or (not_told not in reply.text and reply.mode == "auto")


#: 体重 names 适用体重 as it tells the buyer's weight (100公斤 is 200斤).
_SCOOTER = {"id": "goods", "name": "电动滑板车", "price": 1699, "colours": ["黑色"], "sizes": ["25km版"],
            "attributes": {"适用体重": "最大承重100公斤"}}
#: A wig in one size: 59 and 53 lie past its 头围.
_WIG = {"id": "goods", "name": "长直发假发", "price": 399, "colours": ["自然黑"], "sizes": ["50cm"],
        "attributes": {"头围": "均码,发帽带调节扣,头围54到58厘米可调"}}


@pytest.mark.parametrize(("goods", "told", "text", "past"), [
    (_SCOOTER, "100公斤", "我体重110公斤能骑吗", True), (_SCOOTER, "100公斤", "我体重90公斤能骑吗", False),
    (_SCOOTER, "100公斤", "体重200斤能骑吗", False), (_SCOOTER, "100公斤", "体重220斤能骑吗", True),
    (_WIG, "54到58厘米", "头围59能戴吗", True), (_WIG, "54到58厘米", "头围57能戴吗", False),
    (_WIG, "54到58厘米", "我头围53呢", True),
])
def test_a_measure_told_is_weighed_against_the_span_its_fact_states(
        make_engine: Callable[..., Engine], goods: dict[str, object], told: str, text: str, past: bool) -> None:
    """A weight or a head told against the fact that states its span: past it, a person answers; within
    it, the span is told."""
    reply = make_engine(products=[goods]).reply(text, item_id="goods")
    assert told in f"{reply.text} {reply.suggestion}"
    assert (reply.mode == "handoff") is past


def test_a_weight_told_of_a_fact_that_gives_each_size_its_weights_is_told_that_sizes_part(
        make_engine: Callable[..., Engine]) -> None:
    """「猫九斤 中号够不够」 of a litter box whose 适用体重 gives each size its weights: 中号's, not 大号's."""
    box = {"id": "box", "name": "半封闭猫砂盆", "price": 59, "colours": ["白色"], "sizes": ["中号", "大号"],
           "attributes": {"适用体重": "中号适合10斤以内的猫;大号适合10斤以上的猫"}}
    reply = make_engine(products=[box]).reply("猫九斤 中号够不够", item_id="box")
    said = f"{reply.text} {reply.suggestion}"
    assert "中号适合10斤以内" in said and "大号" not in said


def test_a_bigger_one_asked_after_a_size_recommended_is_the_sizes_past_it(engine: Engine) -> None:
    """「160 100斤穿什么码」 (M), then 「有大一点的吗」: L and XL with their prices, not the stock of M."""
    first = engine.reply("160 100斤穿什么码", item_id="dress-floral", now=NOW)
    assert first.parts[0].facts["size"] == "M"
    then = engine.reply("有大一点的吗", first.conversation, item_id="dress-floral", now=NOW).parts[0]
    assert (then.intent, then.case) == ("sizing", "larger")
    larger = str(then.facts["sizes"])
    assert larger.startswith("L ") and "XL" in larger and "M " not in larger


@pytest.mark.parametrize(("text", "sizes"), [("1.8的床买哪个", "1.8m床单款、1.8m床笠款"),
                                            ("1米5的床拍哪个", "1.5m床单款、1.5m床笠款")])
def test_a_bed_width_naming_several_sizes_lists_them_to_choose_from(
        make_engine: Callable[..., Engine], text: str, sizes: str) -> None:
    bedding = {"id": "set", "name": "四件套", "price": 199, "colours": ["白色"],
               "sizes": ["1.5m床单款", "1.5m床笠款", "1.8m床单款", "1.8m床笠款"]}
    part = make_engine(products=[bedding]).reply(text, item_id="set").parts[0]
    assert (part.intent, part.case, part.facts["sizes"]) == ("sizing", "named_sizes", sizes)  # the bed's, not a body


def test_a_bed_width_naming_one_size_of_another_product_still_lists_the_pages_several(
        make_engine: Callable[..., Engine]) -> None:
    bedding = {"id": "set", "name": "四件套", "price": 199, "colours": ["白色"],
               "sizes": ["1.5m床单款", "1.8m床单款", "1.8m床笠款"]}
    fitted = {"id": "fitted", "name": "天丝床笠款四件套", "price": 399, "colours": ["银灰"],
              "sizes": ["1.5m床笠款", "1.8m床笠款"]}  # its one 1.8 size is no size of the page's alone
    engine = make_engine(products=[bedding, fitted])
    part = engine.reply("1.8的床买哪个", item_id="set").parts[0]
    assert (part.case, part.facts["sizes"]) == ("named_sizes", "1.8m床单款、1.8m床笠款")
    other = engine.reply("1.8的床买哪个", item_id="fitted").parts[0]
    assert (other.case, other.facts["size"]) == ("named_size", "1.8m床笠款")


@pytest.mark.parametrize(("text", "told"), [
    ("我儿子10岁 能拼这个吗", "12岁以上"),  # an age and whether they can build it: the ages it is for
    ("10岁能玩吗", "12岁以上"),
])
def test_an_age_told_with_whether_a_child_can_build_it_is_told_the_ages_it_is_for(
        make_engine: Callable[..., Engine], text: str, told: str) -> None:
    bricks = {"id": "bricks", "name": "机械组超跑积木", "price": 399, "colours": ["红色"], "sizes": ["标准版"],
              "attributes": {"适用年龄": "12岁以上,成人收藏也合适", "拼装时间": "大约8小时"}}
    reply = make_engine(products=[bricks]).reply(text, item_id="bricks")
    assert told in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "mode"), [
    ("出国留学一个人去 买多大的合适啊", "handoff"),  # which of three: advice the file does not give, drafted
    ("尺寸多大", "auto"),  # how big each is: the fact
])
def test_which_size_to_take_of_one_whose_fact_lists_every_size_is_drafted_for_a_person(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    case = {"id": "case", "name": "拉杆箱", "price": 299, "colours": ["黑色"], "sizes": ["20寸", "24寸", "28寸"],
            "attributes": {"尺寸": "20寸长36宽23高55cm,24寸长42宽26高66cm,28寸长48宽30高76cm"}}
    reply = make_engine(products=[case]).reply(text, item_id="case")
    assert (reply.parts[0].case, reply.mode) == ("dimensions", mode)
    assert "28寸长48宽30高76cm" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "mode"), [
    ("新手第一次钓鱼 水库买多长的合适", "handoff"),  # which of the lengths it is sold in: advice, for a person
    ("收起来多长", "auto"),  # how long it is folded: the fact
])
def test_which_length_to_take_of_goods_sold_by_length_is_no_fact_of_a_length(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    rod = {"id": "rod", "name": "台钓竿", "price": 128, "colours": ["28调"], "sizes": ["3.6米", "4.5米", "5.4米"],
           "size_label": "长度", "attributes": {"收节长度": "收起来约1.15米"}}
    reply = make_engine(products=[rod]).reply(text, item_id="rod")
    assert reply.mode == mode
    assert ("1.15米" in reply.text) is (mode == "auto")


@pytest.mark.parametrize(("text", "mode"), [
    ("宿舍床90宽买哪个尺寸", "auto"),  # 宿舍床 (three characters) in that fact alone: sent
    # two two-character words (床垫, 床笠) that fact alone holds: sent (one alone is a draft for a person:
    # tests/test_value_words.py)
    ("床垫28公分厚 床笠包得住吗", "auto"),
])
def test_a_size_question_without_a_chart_is_answered_by_the_fact_saying_its_words(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    bedding = {"id": "set", "name": "四件套", "price": 199, "colours": ["白色"], "sizes": ["1.2m床单款", "1.5m床笠款"],
               "attributes": {"床笠高度": "床笠围边30cm高,床垫25cm以内都能包住",
                              "宿舍": "1.2m三件套按宿舍床做的,90cm宽的宿舍床能用"}}
    reply = make_engine(products=[bedding]).reply(text, item_id="set")
    assert (reply.intents[0], reply.parts[0].case, reply.mode) == ("sizing", "dimensions", mode)
    assert ("25cm以内都能包住" if "床笠" in text else "90cm宽的宿舍床能用") in reply.suggestion


def test_a_length_said_of_goods_sized_by_length_ranges_is_told_the_size_it_falls_in(
        make_engine: Callable[..., Engine]) -> None:
    """「总长2米1 拍几人位」 of sofa covers whose 尺寸 gives each size its length: 三人位, not every range."""
    cover = {"id": "cover", "name": "弹力沙发套", "price": 89, "colours": ["浅灰"], "sizes": ["双人位", "三人位"],
             "attributes": {"尺寸": "双人位适合沙发总长145到185cm;三人位适合190到230cm"}}
    reply = make_engine(products=[cover]).reply("总长2米1 拍几人位", item_id="cover")
    part = reply.parts[0]
    assert (part.case, part.facts["size"]) == ("size_of_length", "三人位") and "145" not in reply.text


def test_a_fact_the_file_is_silent_on_asked_with_a_pets_age_is_not_answered_with_the_ages(
        make_engine: Callable[..., Engine]) -> None:
    food = {"id": "food", "name": "猫粮", "price": 99, "colours": ["鸡肉味"], "sizes": ["1.5kg"],
            "attributes": {"适用年龄": "2个月以上幼猫到老年猫"}}
    engine = make_engine(products=[food])
    amount = engine.reply("猫3个月4斤 一天吃多少", item_id="food")
    assert "2个月以上" not in amount.suggestion and amount.mode == "handoff"  # the amount, not the ages
    ages = engine.reply("3个月的猫能吃吗", item_id="food")
    assert "2个月以上" in ages.suggestion


@pytest.mark.parametrize(("text", "size"), [("他60岁", "250度"), ("我妈50岁 戴多少度", "150度")])
def test_an_adults_age_is_sized_by_a_chart_of_ages(make_engine: Callable[..., Engine], text: str, size: str) -> None:
    chart = [{"size": s, "age": a} for s, a in (("100度", [40, 48]), ("150度", [48, 53]), ("200度", [53, 58]),
                                                ("250度", [58, 65]), ("300度", [65, 80]))]
    glasses = {"id": "reading", "name": "老花镜", "price": 59, "colours": ["黑色"], "size_label": "度数",
               "sizes": ["100度", "150度", "200度", "250度", "300度"], "size_chart": chart}
    part = make_engine(products=[glasses]).reply(text, item_id="reading").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


def test_without_a_chart_the_shops_fit_note_answers() -> None:
    shop = load_shop("tests/data/shops/silver.yaml")
    reply = Engine(shop, rng=random.Random(0)).reply("我平时戴14号的 这个能戴吗", item_id="ring-open", now=NOW)
    part = part_of(reply, "sizing")
    assert part.case == "fit_note"
    assert part.facts["fit_note"] == shop.product("ring-open").fit_note  # type: ignore[union-attr]
    assert_says(reply, "12号到16号")
    noted = shop.model_copy(update={"products": [p.model_copy(update={"fit_note": ""}) if p.id == "ring-open" else p
                                                 for p in shop.products]})
    unnoted = Engine(noted, rng=random.Random(0)).reply("我平时戴14号的 这个能戴吗", item_id="ring-open", now=NOW)
    # no fit note: the fact that says the buyer's words (平时戴…, 12号到16号都能戴)
    assert part_of(unnoted, "sizing").case == "dimensions" and "12号到16号都能戴" in unnoted.suggestion


def test_a_measurement_follow_up_gives_the_same_measure_of_the_size_named(engine: Engine) -> None:
    first = engine.reply("M码胸围多少", item_id="dress-floral", now=NOW)
    assert (part_of(first, "sizing").case, part_of(first, "sizing").facts["value"]) == ("measurement", "88cm")
    then = engine.reply("那L呢", first.conversation, item_id="dress-floral", now=NOW)
    part = part_of(then, "sizing")
    assert (part.case, part.facts["size"], part.facts["part"]) == ("measurement", "L", "胸围")
    assert part.facts["value"] == "92cm"


def test_a_measurement_follow_up_after_height_and_weight_is_still_the_measure(engine: Engine) -> None:
    conversation = None
    for text in ("165 115斤穿多大", "L的胸围多少"):
        conversation = engine.reply(text, conversation, item_id="shirt-white", now=NOW).conversation
    part = part_of(engine.reply("那XL呢", conversation, item_id="shirt-white", now=NOW), "sizing")
    assert (part.case, part.facts["size"], part.facts["value"]) == ("measurement", "XL", "102cm")


@pytest.mark.parametrize(
    ("item", "message", "size"),
    [
        ("hoodie-fleece", "163 110斤", "M"),  # runs large: one size down from the chart's L
        ("hoodie-fleece", "163 110斤 想穿宽松一点", "L"),  # wants it loose: the chart's own size
        ("tee-basic", "160 100斤 喜欢宽松的", "M"),
        ("dress-knit", "160 105斤穿几码", "L"),  # runs small: one size up from the chart's M
        ("dress-knit", "喜欢贴身 160 105斤穿几码", "M"),  # wants it close: not sized up
    ],
)
def test_a_wish_for_a_loose_or_close_fit_is_not_sized_against(engine: Engine, item: str, message: str,
                                                              size: str) -> None:
    part = part_of(engine.reply(message, item_id=item, now=NOW), "sizing")
    assert part.facts["size"] == size


def test_the_usual_size_is_the_one_said_after_usually() -> None:
    shoes = Engine(load_shop("shoes"), rng=random.Random(0))
    part = part_of(shoes.reply("有42的吗 我平时穿41", item_id="run-shoe-pro", now=NOW), "sizing")
    assert (part.case, part.facts["usual"], part.facts["size"]) == ("usual_size", "41", "42")  # runs small: one up


def test_the_size_told_for_the_usual_one_is_the_one_talked_of_next() -> None:
    """「平时穿41 拍哪个」 told 42 on shoes that run small: 42, not 41, is what 「什么时候发」 next asks of."""
    shoes = Engine(load_shop("shoes"), rng=random.Random(0))
    reply = shoes.reply("我平时穿41 这双拍哪个", item_id="run-shoe-pro", now=NOW)
    assert (part_of(reply, "sizing").facts["size"], reply.conversation.size) == ("42", "42")


@pytest.mark.parametrize(
    ("item", "message", "case"),
    [
        ("run-shoe-pro", "脚背高穿哪个码", "fit_note"),  # its note: 脚宽、脚背高的亲更要拍大一码
        ("run-shoe-pro", "我脚比较宽", "fit_note"),
        ("run-shoe-x", "脚背高穿哪个码", "need_measure"),  # its note says nothing of it: the chart, by foot length
    ],
)
def test_a_body_note_is_answered_by_the_shops_fit_note_where_it_speaks_of_it(
    shoes: Engine, item: str, message: str, case: str
) -> None:
    assert sizing_part(ask(shoes, message, item=item)).case == case


def test_wide_hips_get_the_dresss_own_advice(engine: Engine) -> None:
    part = sizing_part(ask(engine, "我胯比较宽 穿什么码"))
    assert part.case == "fit_note"
    assert "胯比较宽的亲可以考虑大一码" in str(part.facts["fit_note"])


@pytest.mark.parametrize(
    ("item", "message", "size"),
    [
        ("skirt-pleated", "腰围68穿多大", "M"),  # the skirt's M measures 68
        ("skirt-pleated", "腰围2尺1穿多大", "L"),  # 2尺1 is 70cm: M's 68 is too small
        ("jeans-straight", "腰围70穿多大", "29"),  # 28 measures 71; the jeans run small, one up
    ],
)
def test_a_girth_given_with_a_size_asked_picks_the_smallest_size_that_measures_as_much(
    engine: Engine, item: str, message: str, size: str,
) -> None:
    part = engine.reply(message, item_id=item).parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


def test_a_girth_beyond_the_chart_goes_to_a_person(engine: Engine) -> None:
    reply = engine.reply("腰围80穿多大", item_id="skirt-pleated")
    assert (reply.parts[0].case, reply.mode) == ("out_of_chart_by", "handoff")


def test_a_girth_asked_of_the_sizes_is_still_the_list(engine: Engine) -> None:
    assert engine.reply("腰围多少", item_id="skirt-pleated").parts[0].case == "measurement_all"


@pytest.mark.parametrize(("message", "case", "size"), [("孩子110能骑吗", "recommend_by", "中号"),
                                                       ("娃都160了还能骑这个吗", "out_of_chart_by", None)])
def test_whether_it_still_fits_a_child_said_by_height_is_sized_by_the_chart(
    make_engine: Callable[..., Engine], message: str, case: str, size: str | None,
) -> None:
    scooter = {"id": "scooter-kids", "name": "儿童滑板车", "category": "玩具", "price": 199,
               "sizes": ["小号", "中号", "大号"], "colours": ["蓝色"],
               "size_chart": [{"size": "小号", "height": [85, 105]}, {"size": "中号", "height": [105, 125]},
                              {"size": "大号", "height": [125, 150]}]}
    engine = make_engine(products=[scooter])
    part = engine.reply(message, item_id="scooter-kids").parts[0]
    assert part.case == case and part.facts.get("size") == size


def test_a_childs_age_said_alone_is_sized_and_kept_for_the_next_question(make_engine: Callable[..., Engine]) -> None:
    chart = [{"size": "26", "age": [2, 3], "foot": [15, 16]}, {"size": "28", "age": [3, 4], "foot": [16.5, 17]},
             {"size": "30", "age": [4, 5], "foot": [17.5, 18.5]}]
    engine = make_engine(products=[{"id": "kid", "name": "儿童运动鞋", "price": 99, "colours": ["白色"],
                                    "sizes": ["26", "28", "30"], "stock": {"白色": {"26": 5, "28": 5, "30": 5}},
                                    "size_chart": chart}])
    first = engine.reply("我家宝宝3岁半", item_id="kid")
    assert (first.intents, first.parts[0].facts["size"]) == (("sizing",), "28")
    then = engine.reply("穿多大", first.conversation, item_id="kid")
    assert (then.parts[0].case, then.parts[0].facts["size"]) == ("recommend_by", "28")


@pytest.mark.parametrize(("message", "size"), [
    ("腰围80 大肚子 穿哪个码", "L"),  # the chart's M, and the note sizes a big belly up: L
    ("腰围80 穿哪个码", "M"),
    ("腰围80 腿粗 穿哪个码", "M"),  # the note says nothing of legs
])
def test_a_body_the_fit_note_sizes_up_for_takes_one_up(make_engine: Callable[..., Engine], message: str,
                                                       size: str) -> None:
    dress = {"id": "plus", "name": "大码连衣裙", "price": 159, "colours": ["黑色"], "sizes": ["S", "M", "L"],
             "fit_note": "按腰围选码就可以,肚子比较大的姐妹建议拍大一码",
             "size_chart": [{"size": "S", "waist": [66, 76]}, {"size": "M", "waist": [76, 86]},
                            {"size": "L", "waist": [86, 96]}]}
    part = make_engine(products=[dress]).reply(message, item_id="plus").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


@pytest.mark.parametrize(("message", "size"), [
    ("155 95斤 C杯 穿啥码", "L"),  # the chart's M, and the note sizes C杯以上 up
    ("155 95斤 d罩杯 穿啥码", "L"),
    ("155 95斤 B杯 穿啥码", "M"),  # below the cup it sizes up from
    ("155 95斤 胸比较大 穿啥码", "L"),  # the part it names
])
def test_a_cup_or_a_bust_the_fit_note_sizes_up_for_takes_one_up(make_engine: Callable[..., Engine], message: str,
                                                                 size: str) -> None:
    suit = {"id": "suit", "name": "连体泳衣", "price": 129, "colours": ["黑色"], "sizes": ["S", "M", "L", "XL"],
            "fit_note": "按体重选码为主,身高参考;胸比较大(C杯以上)的建议拍大一码",
            "size_chart": [{"size": "S", "height": [145, 155], "weight": [80, 90]},
                           {"size": "M", "height": [155, 160], "weight": [90, 100]},
                           {"size": "L", "height": [160, 165], "weight": [100, 115]},
                           {"size": "XL", "height": [165, 172], "weight": [115, 130]}]}
    part = make_engine(products=[suit]).reply(message, item_id="suit").parts[0]
    assert part.facts["size"] == size


@pytest.mark.parametrize(("message", "size"), [
    ("比熊 毛比较多 胸围四十四穿啥", "L"),  # the chart's M, and 比熊 is listed among those sized up
    ("博美胸围44穿啥码", "L"),
    ("泰迪胸围44穿啥码", "M"),  # not listed: the chart's
])
def test_one_the_fit_note_lists_among_those_sized_up_takes_one_up(make_engine: Callable[..., Engine], message: str,
                                                                  size: str) -> None:
    hoodie = {"id": "hoodie", "name": "狗狗卫衣", "price": 39, "colours": ["灰色"], "sizes": ["S", "M", "L"],
              "fit_note": "正常尺码;毛厚的狗狗(比熊、博美)建议拍大一码",
              "size_chart": [{"size": "S", "chest": [30, 40]}, {"size": "M", "chest": [40, 48]},
                             {"size": "L", "chest": [48, 56]}]}
    part = make_engine(products=[hoodie]).reply(message, item_id="hoodie").parts[0]
    assert part.facts["size"] == size


@pytest.mark.parametrize(("note", "size"), [
    ("偏小一码,建议拍大一码;肚子肉多的亲也选大一码", "L"),  # the same one up, said again: not a second
    ("偏小一码,建议拍大一码;肚子肉多的亲再大一码", "XL"),  # one more, as it says
])
def test_a_body_sized_up_for_beside_a_small_fit_takes_one_more_only_where_the_note_says_so(
        make_engine: Callable[..., Engine], note: str, size: str) -> None:
    suit = {"id": "suit", "name": "连体泳衣", "price": 129, "colours": ["黑色"], "sizes": ["S", "M", "L", "XL"],
            "fit": "small", "fit_note": note,
            "size_chart": [{"size": "S", "waist": [60, 66]}, {"size": "M", "waist": [66, 72]},
                           {"size": "L", "waist": [72, 78]}, {"size": "XL", "waist": [78, 84]}]}
    part = make_engine(products=[suit]).reply("腰围70 肚子有点大 穿哪个码", item_id="suit").parts[0]
    assert part.facts["size"] == size  # the chart's M, one up for the small fit


def test_two_sizes_to_choose_between_right_after_other_facts_are_told_apart_not_those_facts_again(
        make_engine: Callable[..., Engine]) -> None:
    bracket = {"id": "bracket", "name": "投影仪吊顶支架", "price": 129, "colours": ["白色"],
               "sizes": ["短杆款", "长杆款"], "variant_aliases": {"短杆款": ["短杆"], "长杆款": ["长杆"]},
               "attributes": {"尺寸": "短杆款可伸缩17到30厘米,长杆款可伸缩40到80厘米",
                              "安装": "支架不含安装,上门安装150元一次"}}
    engine = make_engine(products=[bracket])
    first = engine.reply("包安装吗", item_id="bracket")
    assert first.conversation.asked == "facts:安装"
    part = engine.reply("我家层高2米8 买长杆还是短杆", first.conversation, item_id="bracket").parts[0]
    assert part.case == "dimensions" and "40到80厘米" in part.text and "150元" not in part.text


@pytest.mark.parametrize(("then", "size"), [
    ("那8岁的呢", "130"),  # another child, by its age alone: not the 105cm told before
    ("8岁呢", "110"),  # the same child, older: the height told still places it first
    ("那她姐姐8岁呢", "130"),  # another named: by what is said of her alone
    ("她姐姐8岁", "130"),
])
def test_another_child_asked_of_by_its_age_is_not_the_child_measured_before(
        make_engine: Callable[..., Engine], then: str, size: str) -> None:
    tee = {"id": "tee", "name": "儿童纯棉T恤", "price": 25, "colours": ["白色"], "sizes": ["110", "120", "130"],
           "size_chart": [{"size": "110", "height": [100, 110], "age": [4, 5]},
                          {"size": "120", "height": [110, 120], "age": [6, 7]},
                          {"size": "130", "height": [120, 130], "age": [8, 9]}]}
    engine = make_engine(products=[tee])
    first = engine.reply("孩子105高穿多大", item_id="tee")
    part = engine.reply(then, first.conversation, item_id="tee").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


def test_who_a_size_fits_of_a_chart_by_height_alone_is_its_height_range(make_engine: Callable[..., Engine]) -> None:
    bike = {"id": "bike", "name": "城市自行车", "price": 699, "colours": ["白色"], "sizes": ["24寸", "26寸"],
            "size_chart": [{"size": "24寸", "height": [145, 160]}, {"size": "26寸", "height": [160, 185]}]}
    part = make_engine(products=[bike]).reply("26寸的适合多高的人骑", item_id="bike").parts[0]
    assert (part.case, part.facts["ranges"]) == ("size_range_by", "身高160-185cm")


def test_a_height_said_beside_two_sizes_named_is_still_the_height(make_engine: Callable[..., Engine]) -> None:
    bike = {"id": "mtb", "name": "山地车", "price": 1299, "colours": ["黑色"], "sizes": ["15.5寸", "17寸", "19寸"],
            "size_chart": [{"size": "15.5寸", "height": [155, 170]}, {"size": "17寸", "height": [170, 180]},
                           {"size": "19寸", "height": [180, 195]}]}
    part = make_engine(products=[bike]).reply("我165 15.5还是17", item_id="mtb").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", "15.5寸")  # 165 is no size: the height it is


@pytest.mark.parametrize(("message", "size"), [
    ("脚长17 4岁", "28"),  # the foot places the child (17 is 28's), the age (30's) is only a guide
    ("4岁 脚长15.5", "26"),
    ("宝宝4岁半", "30"),  # the age alone: its row
])
def test_a_childs_body_measure_places_it_before_its_age(make_engine: Callable[..., Engine], message: str,
                                                         size: str) -> None:
    chart = [{"size": "26", "age": [2, 3], "foot": [15, 16]}, {"size": "28", "age": [3, 4], "foot": [16.5, 17]},
             {"size": "30", "age": [4, 5], "foot": [17.5, 18.5]}]
    engine = make_engine(products=[{"id": "kid", "name": "儿童运动鞋", "price": 99, "colours": ["白色"],
                                    "sizes": ["26", "28", "30"], "stock": {"白色": {"26": 5, "28": 5, "30": 5}},
                                    "size_chart": chart}])
    part = engine.reply(message, item_id="kid").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


@pytest.mark.parametrize(("text", "case", "said"), [
    ("42码内长多少", "measurement", "25.5-26cm"),  # the size named: the foot length its chart row fits
    ("内长是多少", "measurement_all", "36码22.5-23cm"),  # none named: every size's
])
def test_a_shoes_inner_length_is_the_foot_length_its_chart_gives(text: str, case: str, said: str) -> None:
    reply = Engine.from_file("shoes").reply(text, item_id="run-shoe-x")
    assert (reply.intents[0], reply.parts[0].case) == ("sizing", case)
    assert said in reply.suggestion


def _kids(make_engine: Callable[..., Engine], fit: str = "small") -> Engine:
    """A children's hoodie by height and weight, running one size small unless told."""
    rows = [(100, (90, 100), (26, 32)), (110, (100, 110), (32, 38)), (120, (110, 120), (38, 46)),
            (130, (120, 130), (46, 56)), (140, (130, 140), (56, 68))]
    chart = [{"size": size, "height": list(height), "weight": list(weight)} for size, height, weight in rows]
    sizes = [str(size) for size, _, _ in rows]
    return make_engine(products=[{"id": "kid", "name": "儿童卫衣", "price": 79, "colours": ["红色"], "sizes": sizes,
                                  "stock": {"红色": dict.fromkeys(sizes, 5)}, "size_chart": chart, "fit": fit}])


def test_which_size_with_no_measures_asks_for_them_though_it_runs_small(make_engine: Callable[..., Engine]) -> None:
    engine = _kids(make_engine)
    first = engine.reply("穿多大", item_id="kid")
    assert first.parts[0].case.startswith("need_")  # not only 「偏小」: a size needs the child's height
    then = engine.reply("110", first.conversation, item_id="kid")  # the height asked for, not 110斤 or size 110
    assert (then.parts[0].case, then.parts[0].facts["size"]) == ("recommend_by", "120")


@pytest.mark.parametrize(("text", "size"), [
    ("孩子120", "130"),  # the child's height, one up for the small fit
    ("身高130穿多大", "140"),  # on the line between 120-130 and 130-140: one up for the fit, not two
])
def test_a_childs_height_is_sized_once_for_the_fit(make_engine: Callable[..., Engine], text: str, size: str) -> None:
    part = _kids(make_engine).reply(text, item_id="kid").parts[0]
    assert part.facts["size"] == size


@pytest.mark.parametrize(("text", "size"), [
    ("身高130穿多大", "130"),  # on the line of 120-130 and 130-140: the size named 130 is for 130cm
    ("孩子110cm", "110"),
    ("身高115穿哪个", "120"),  # within a row: that row
    ("宝宝95", "100"),
])
def test_a_height_on_a_rows_line_takes_the_size_named_by_it(make_engine: Callable[..., Engine], text: str,
                                                           size: str) -> None:
    part = _kids(make_engine, fit="regular").reply(text, item_id="kid").parts[0]
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


def test_body_measures_told_beside_a_stock_question_are_kept_for_sizing(engine: Engine) -> None:
    first = engine.reply("165 100斤 黑色M有吗", item_id="dress-floral")
    assert first.intents[0] == "stock"
    assert (first.conversation.height, first.conversation.weight) == (165.0, 100.0)  # heard, whoever answered
    then = engine.reply("那L呢 能穿吗", first.conversation, item_id="dress-floral")
    assert then.parts[0].case in ("can_wear", "cannot_wear")


@pytest.mark.parametrize(("item", "text", "says"), [
    ("skirt-pleated", "腰2尺1穿几码", "L"),  # 腰 without 围, the girth in 尺: still the waist
    ("skirt-pleated", "长度多少", "75cm"),  # the chart's own length of each size
])
def test_a_waist_or_a_length_asked_in_buyers_words_is_read_from_the_chart(engine: Engine, item: str, text: str,
                                                                          says: str) -> None:
    reply = engine.reply(text, item_id=item)
    assert reply.intents[0] == "sizing" and says in reply.suggestion


def test_the_body_told_beside_the_usual_size_is_read_from_the_chart(engine: Engine) -> None:
    """「我163 110斤平时穿M」: the chart says L for that body, and the usual M is weighed against it."""
    first = engine.reply("我163 110斤平时穿M", item_id="coat-wool")
    then = engine.reply("这件拍啥码", first.conversation, item_id="coat-wool")
    assert first.parts[0].facts.get("suggested", first.parts[0].facts.get("size")) == then.parts[0].facts["size"]


def test_a_childs_size_named_by_its_number_is_a_size_not_a_weight(make_engine: Callable[..., Engine]) -> None:
    """「宝宝24斤」 … 「穿110行吗」: 110 is the size asked of, not 110斤."""
    engine = _kids(make_engine)
    first = engine.reply("宝宝30斤", item_id="kid")
    then = engine.reply("穿110行吗", first.conversation, item_id="kid")
    assert then.parts[0].case in ("can_wear", "cannot_wear")
    assert then.parts[0].facts["size"] == "110" and then.parts[0].facts["suggested"] in ("110", "120")


def test_girths_told_before_size_a_follow_up(make_engine: Callable[..., Engine]) -> None:
    chart = [{"size": "M", "waist": [64, 70], "hip": [88, 94]}, {"size": "L", "waist": [70, 76], "hip": [94, 100]}]
    briefs = {"id": "briefs", "name": "三角内裤", "price": 59, "colours": ["白色"], "sizes": ["M", "L"],
              "size_chart": chart}
    engine = make_engine(products=[briefs])
    first = engine.reply("腰围68臀围92穿什么码", item_id="briefs")
    then = engine.reply("那L会不会大", first.conversation, item_id="briefs")
    assert then.conversation.hip == 92.0
    part = sizing_part(then)  # judged by the girths told, not asked for again: not L, M
    assert (part.case, part.facts["size"], part.facts["suggested"]) == ("cannot_wear_by", "L", "M")
    assert then.conversation.size == "M"  # the size it suits is the one talked of next, not the one asked


@pytest.mark.parametrize(("first", "then", "suits"), [("165 110斤能穿M吗", "有黑色吗", "L"),
                                                      ("体重130斤能穿L吗", "黑色有吗", "XL")])
def test_the_size_a_buyer_suits_not_the_one_they_asked_is_the_one_a_colour_asked_next_is_of(
        engine: Engine, first: str, then: str, suits: str) -> None:
    asked = engine.reply(first, item_id="dress-floral")
    part = engine.reply(then, asked.conversation, item_id="dress-floral").parts[0]
    assert part.intent == "stock" and f"黑色 {suits}码" in part.text


@pytest.mark.parametrize("text", ["声音真的小吗", "噪音大吗", "吸力大吗"])
def test_how_loud_or_strong_is_a_fact_not_the_fit(engine: Engine, text: str) -> None:
    _, decision = engine.read(text, item_id="dress-floral")
    kinds = {e.kind for hit in decision.ranked if hit.intent == "sizing" for e in hit.evidence}
    assert "keyword" not in kinds  # (大吗, 小吗 ask the fit elsewhere)


def test_how_long_in_time_is_no_length(make_engine: Callable[..., Engine]) -> None:
    sofa = {"id": "sofa", "name": "布艺沙发", "price": 2999, "colours": ["灰色"], "sizes": ["三人位"],
            "attributes": {"尺寸": "三人位长210深95高85厘米"}}
    reply = make_engine(products=[sofa]).reply("多长时间能到", item_id="sofa")
    assert reply.intents[0] == "shipping" and "210" not in reply.suggestion


@pytest.mark.parametrize("text", ["孩子12岁能吃不", "我妈70岁了能吃吗"])
def test_an_age_asked_of_a_product_telling_who_may_take_it_is_told_that(make_engine: Callable[..., Engine],
                                                                        text: str) -> None:
    oil = {"id": "oil", "name": "深海鱼油", "price": 199, "colours": ["原味"], "sizes": ["60粒"],
           "attributes": {"适宜人群": "血脂偏高的成年人", "不适宜人群": "孕妇、儿童和少年"}}
    reply = make_engine(products=[oil]).reply(text, item_id="oil")
    assert "儿童和少年" in reply.text + reply.suggestion  # who may take it, not 「尺寸请同事确认」


def test_a_wrist_told_before_sizes_a_size_asked_of_next() -> None:
    shop = load_shop().model_dump()
    watch = next(p for p in shop["products"] if p["id"] == "dress-floral")
    watch.update(sizes=["28mm", "32mm"], fit="regular", fit_note="", stock={}, restock=[], prices={},
                 size_chart=[{"size": "28mm", "wrist": [13, 15.5]}, {"size": "32mm", "wrist": [15.5, 19]}])
    engine = Engine(Shop.model_validate(shop), rng=random.Random(0))
    first = engine.reply("我手腕14cm选哪个", item_id="dress-floral")
    assert first.parts[0].facts["size"] == "28mm"
    then = engine.reply("那32的会不会太大", first.conversation, item_id="dress-floral")
    # 32的 is the size asked of (not 「平时32的」): it is not for that wrist, 28mm is
    assert (then.parts[0].case, then.parts[0].facts["size"], then.parts[0].facts["suggested"]) == (
        "cannot_wear_by", "32mm", "28mm")


def test_anothers_wrist_told_next_is_sized_by_the_chart_not_a_fact_that_names_the_wrist() -> None:
    """「我老公手腕18呢」 after a wrist was sized, of a watch whose 表带 says 适合腕围130到200mm: the chart's 46mm."""
    shop = load_shop().model_dump()
    watch = next(p for p in shop["products"] if p["id"] == "dress-floral")
    watch.update(sizes=["41mm", "46mm"], fit="regular", fit_note="", stock={}, restock=[], prices={},
                 size_chart=[{"size": "41mm", "wrist": [13, 16.5]}, {"size": "46mm", "wrist": [16.5, 21]}],
                 attributes={"表带": "41mm配20mm表带,46mm配22mm表带;原装表带适合腕围130到200mm"})
    engine = Engine(Shop.model_validate(shop), rng=random.Random(0))
    first = engine.reply("女生手腕15cm选哪个尺寸", item_id="dress-floral")
    then = engine.reply("我老公手腕18呢", first.conversation, item_id="dress-floral")
    assert (then.parts[0].intent, then.parts[0].facts["size"]) == ("sizing", "46mm")


@pytest.mark.parametrize(("text", "says"), [
    ("30码内长多少", "18cm"), ("内长多少", "24码15cm"), ("30码脚长多少", "16.5-17cm"),
    ("内长18的是多大码", "30的内长"), ("内长180mm穿几码", "30的内长"),  # the size measuring it, not a foot of 18cm
])
def test_a_chart_with_its_own_inner_length_tells_it_apart_from_the_foot_it_fits(
        make_engine: Callable[..., Engine], text: str, says: str) -> None:
    chart = [{"size": "24", "foot": [13.5, 14.0], "measurements": {"内长": 15.0}},
             {"size": "30", "foot": [16.5, 17.0], "measurements": {"内长": 18.0}}]
    engine = make_engine(products=[{"id": "boots", "name": "儿童雪地靴", "price": 129, "colours": ["卡其"],
                                    "sizes": ["24", "30"], "size_chart": chart}])
    reply = engine.reply(text, item_id="boots")
    assert reply.intents[0] == "sizing" and says in f"{reply.text} {reply.suggestion}"


def test_a_length_asked_right_after_a_size_was_told_is_that_sizes(engine: Engine) -> None:
    """「腰2尺1穿几码」 told L, then 「裙长多少」: the length of that L, not the size again."""
    told = engine.reply("腰2尺1穿几码", item_id="skirt-pleated")
    assert told.parts[0].facts["size"] == "L"
    then = engine.reply("裙长多少", told.conversation, item_id="skirt-pleated")
    part = then.parts[0]
    assert (part.case, part.facts["size"], part.facts["value"]) == ("measurement", "L", "77cm")


def test_weights_said_of_a_product_without_a_chart_are_its_weight_fact(make_engine: Callable[..., Engine]) -> None:
    """「是2.5斤还是5斤」 of a silk quilt: its 重量 fact that says both, not the buyer's body weight."""
    quilt = {"id": "silk", "name": "桑蚕丝被", "price": 899, "colours": ["春秋被", "冬被"], "sizes": ["220x240cm"],
             "attributes": {"重量": "春秋被蚕丝2.5斤,冬被蚕丝5斤", "产地": "浙江湖州"}}
    reply = make_engine(products=[quilt]).reply("是2.5斤还是5斤", item_id="silk")
    part = reply.parts[0]
    assert (part.intent, part.case) == ("sizing", "dimensions") and "冬被蚕丝5斤" in str(part.facts["facts"])


@pytest.mark.parametrize("text", ["是2.5斤还是5斤", "是1250g还是2500g", "1.25kg还是2.5kg"])
def test_weights_in_any_unit_find_the_fact_that_says_them(text: str) -> None:
    """Grams and kilograms as well as 斤 (the ranges of a fact, in their own pattern, leave weights alone)."""
    quilt = Product.model_validate({"id": "silk", "name": "桑蚕丝被", "price": 899, "colours": ["春秋被"],
                                    "sizes": ["220x240cm"], "attributes": {
                                        "重量": "春秋被2.5斤(1250g,1.25kg),冬被5斤(2500g,2.5kg)", "产地": "湖州"}})
    assert sizing._fact_holding_amounts(quilt, text) == ("重量", quilt.attributes["重量"])


@pytest.mark.parametrize("text", ["平时戴13号 这款拍几号", "我一般戴13的 拍哪个"])
def test_the_usual_size_of_what_is_worn_on_the_hand_is_said_with_戴(make_engine: Callable[..., Engine],
                                                                     text: str) -> None:
    """A ring charted by finger girth: 「平时戴13号」 is the size the buyer wears, not a girth to ask for."""
    ring = {"id": "ring", "name": "S925素圈戒指", "price": 89, "colours": ["银色"], "sizes": ["12号", "13号", "14号"],
            "variant_aliases": {"12号": ["12"], "13号": ["13"], "14号": ["14"]}, "fit": "regular",
            "size_chart": [{"size": "12号", "finger": [51.5, 52.5]}, {"size": "13号", "finger": [52.5, 53.5]},
                           {"size": "14号", "finger": [53.5, 54.5]}]}
    part = part_of(make_engine(products=[ring]).reply(text, item_id="ring", now=NOW), "sizing")
    assert (part.case, part.facts["size"]) == ("usual_size", "13号")


@pytest.mark.parametrize(("then", "size", "measure"), [("16呢", "17cm", "腕围16cm"), ("那13呢", "15cm", "腕围13cm")])
def test_a_number_alone_after_a_measure_is_that_measure_again(make_engine: Callable[..., Engine], then: str,
                                                              size: str, measure: str) -> None:
    """「手腕14cm拍哪个」 … 「16呢」: a wrist of 16, not the 14 told before."""
    bracelet = {"id": "bracelet", "name": "转运珠手链", "price": 129, "colours": ["银色"], "sizes": ["15cm", "17cm"],
                "size_chart": [{"size": "15cm", "wrist": [13, 15]}, {"size": "17cm", "wrist": [15, 17]}]}
    engine = make_engine(products=[bracelet])
    first = engine.reply("手腕14cm拍哪个", item_id="bracelet", now=NOW)
    assert part_of(first, "sizing").facts["size"] == "15cm"
    part = part_of(engine.reply(then, first.conversation, item_id="bracelet", now=NOW), "sizing")
    assert (part.case, part.facts["size"], part.facts["measure"]) == ("recommend_by", size, measure)


@pytest.mark.parametrize(("then", "size"), [("那88呢", "L"), ("那80呢", "S")])
def test_a_number_alone_after_a_girth_of_a_chart_by_girth_and_weight_is_that_girth_again(
        make_engine: Callable[..., Engine], then: str, size: str) -> None:
    """「上胸围85穿多大」 … 「那88呢」 of a bra charted by bust and by weight: a bust of 88 (L), not 88斤."""
    chart = [{"size": "S", "chest": [76, 82], "weight": [80, 95]},
             {"size": "M", "chest": [82, 88], "weight": [95, 110]},
             {"size": "L", "chest": [88, 94], "weight": [110, 125]}]
    bra = {"id": "bra", "name": "运动内衣", "price": 129, "colours": ["黑色"], "sizes": ["S", "M", "L"],
           "size_chart": chart}
    engine = make_engine(products=[bra])
    first = engine.reply("上胸围85穿多大", item_id="bra", now=NOW)
    assert part_of(first, "sizing").facts["size"] == "M"
    part = part_of(engine.reply(then, first.conversation, item_id="bra", now=NOW), "sizing")
    assert (part.case, part.facts["size"]) == ("recommend_by", size)
    assert "斤" not in str(part.facts["measure"])


@pytest.mark.parametrize(("text", "mode"), [
    ("男朋友28岁 适合他吗", "auto"),  # in the ages its 适合人群 states: that fact, sent
    ("我50岁能用吗", "handoff"),  # past them: for a person
])
def test_an_age_said_with_whether_it_suits_is_told_the_fact_of_whom_it_is_for(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    perfume = {"id": "perfume", "name": "男士淡香水", "price": 329, "colours": ["经典款"], "sizes": ["50ml"],
               "attributes": {"适合人群": "适合25到40岁男士,商务通勤", "留香时间": "大约4到6小时"}}
    reply = make_engine(products=[perfume]).reply(text, item_id="perfume", now=NOW)
    assert reply.mode == mode
    assert "25到40岁" in reply.text + reply.suggestion and "4到6小时" not in reply.text + reply.suggestion


def test_an_age_and_a_weight_with_can_it_be_used_are_told_whom_it_is_for_not_what_fits_it(
        make_engine: Callable[..., Engine]) -> None:
    """「孩子两岁半 二十八斤能用不」 of a car seat whose 适配车型 能用 names only weakly: its 适用体重 and 适用年龄."""
    seat = {"id": "seat", "name": "安全座椅", "price": 1299, "colours": ["灰色"], "sizes": ["标准版"],
            "attributes": {"适配车型": "带ISOFIX接口的车都能装", "适用年龄": "出生到7岁左右",
                           "适用体重": "0-25kg(0-50斤)"}}
    reply = make_engine(products=[seat]).reply("孩子两岁半 二十八斤能用不", item_id="seat", now=NOW)
    assert reply.mode == "auto"
    assert_says(reply, "0-50斤", "7岁")
    assert "ISOFIX" not in reply.text


@pytest.mark.parametrize(("fit_note", "size"), [
    ("胸围和体重对不上的以胸围为准", "M"),  # the chest decides: M by 52cm
    ("按胸围选码", "M"),
    ("", "L"),  # none said: the larger of the two, by 30斤
])
def test_measures_that_disagree_go_by_the_one_the_fit_note_says_decides(
        make_engine: Callable[..., Engine], fit_note: str, size: str) -> None:
    chart = [{"size": "M", "chest": [44, 54], "weight": [12, 24]}, {"size": "L", "chest": [54, 66], "weight": [24, 44]}]
    harness = {"id": "harness", "name": "背心胸背带", "price": 59, "colours": ["黑色"], "sizes": ["M", "L"],
               "size_chart": chart, "fit_note": fit_note}
    reply = make_engine(products=[harness]).reply("胸围52 但是有30斤 拍m还是L", item_id="harness", now=NOW)
    part = part_of(reply, "sizing")
    assert (reply.mode, part.facts.get("suggested", part.facts["size"])) == ("auto", size)


@pytest.mark.parametrize(("text", "case"), [("男朋友平时戴20号 男戒能戴吗", "dimensions"),
                                            ("平时戴25号 男戒能戴吗", "no_chart")])  # in no range: a person
def test_without_a_chart_a_fact_stating_a_range_that_holds_the_number_answers(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    """Couple rings sold as 男戒 and 女戒, whose 调节范围 says 男戒大约16号到22号可调: 20号 is in it."""
    rings = {"id": "rings", "name": "情侣对戒", "price": 239, "colours": ["银色"], "sizes": ["男戒", "女戒"],
             "attributes": {"调节范围": "开口设计,男戒大约16号到22号可调,女戒大约10号到16号可调", "材质": "S925银"}}
    part = part_of(make_engine(products=[rings]).reply(text, item_id="rings", now=NOW), "sizing")
    assert part.case == case
    assert case != "dimensions" or "16号到22号" in str(part.facts["facts"])


@pytest.mark.parametrize(("text", "size"), [("量了一下5.5厘米 拍几号", "15号"), ("手指量出来53mm 拍几号", "13号")])
def test_a_length_said_alone_is_the_one_measure_the_chart_reads(make_engine: Callable[..., Engine], text: str,
                                                                size: str) -> None:
    """A ring charted by finger girth in mm: 「量了一下5.5厘米」 is a girth of 55mm (not a request to say it again)."""
    ring = {"id": "ring", "name": "S925素圈戒指", "price": 89, "colours": ["银色"], "sizes": ["13号", "14号", "15号"],
            "size_chart": [{"size": "13号", "finger": [52.5, 53.5]}, {"size": "14号", "finger": [53.5, 54.5]},
                           {"size": "15号", "finger": [54.5, 55.5]}]}
    part = part_of(make_engine(products=[ring]).reply(text, item_id="ring", now=NOW), "sizing")
    assert (part.case, part.facts["size"]) == ("recommend_by", size)


#: Children's sizes named by the height they fit: 130 fits 125-135cm.
LEOTARD = {"id": "leotard", "name": "儿童舞蹈练功服", "price": 89, "colours": ["粉色"],
           "sizes": ["110", "120", "130", "140", "150"],
           "size_chart": [{"size": str(n), "height": [n - 5, n + 5]} for n in (110, 120, 130, 140, 150)]}


@pytest.mark.parametrize(("then", "case", "facts"), [
    ("那她姐姐140呢", "recommend_by", {"size": "140", "measure": "身高140cm"}),  # a sister's height, not the 140 named
    ("140的会不会大", "cannot_wear_by", {"size": "140", "suggested": "130"}),  # the 140 named, for the 128cm child
    ("130的合适吗", "can_wear_by", {"size": "130"}),
    ("小姐姐 140的会不会大", "cannot_wear_by", {"size": "140"}),  # 小姐姐 addresses the seller: no child
])
def test_a_number_after_a_childs_size_by_height_is_a_height_or_a_size_as_said(
        make_engine: Callable[..., Engine], then: str, case: str, facts: dict[str, str]) -> None:
    engine = make_engine(products=[LEOTARD])
    first = engine.reply("孩子128穿哪个码", item_id="leotard")
    assert sizing_part(first).facts["size"] == "130"
    part = sizing_part(engine.reply(then, first.conversation, item_id="leotard"))
    assert part.case == case and facts.items() <= part.facts.items()


def test_a_number_that_is_a_size_named_by_height_asked_which_size_is_the_height(
        make_engine: Callable[..., Engine]) -> None:
    part = sizing_part(make_engine(products=[LEOTARD]).reply("143穿多大", item_id="leotard"))
    assert (part.case, part.facts["size"]) == ("recommend_by", "140")
    named = sizing_part(make_engine(products=[LEOTARD]).reply("140穿多大", item_id="leotard"))
    assert (named.case, named.facts["size"]) == ("recommend_by", "140")


@pytest.mark.parametrize(("text", "size", "age"), [
    ("娃刚满月 吃几段的", "1段", "1个月"), ("宝宝三个月喝几段", "1段", "3个月"),
    ("宝宝八个月 选哪段", "2段", "8个月"), ("11个月喝几段", "2段", "11个月"),
])
def test_a_childs_age_with_a_choice_of_a_product_charted_by_age_is_its_size_not_the_age_fact(
        make_engine: Callable[..., Engine], text: str, size: str, age: str) -> None:
    """「娃刚满月 吃几段的」 of formula whose 适用年龄 lists every stage: the stage for that age (3个月 is
    a quarter of a year, told as 3个月)."""
    formula = {"id": "formula", "name": "婴幼儿配方奶粉", "price": 298, "colours": ["800g罐"],
               "sizes": ["1段", "2段", "3段"], "attributes": {"适用年龄": "1段0到6个月,2段6到12个月,3段1到3岁"},
               "size_chart": [{"size": "1段", "age": [0, 0.5]}, {"size": "2段", "age": [0.5, 1]},
                              {"size": "3段", "age": [1, 3]}]}
    reply = make_engine(products=[formula]).reply(text, item_id="formula")
    part = sizing_part(reply)
    assert (reply.intents[0], part.facts["size"]) == ("sizing", size)
    assert part.facts["measure"] == age


@pytest.mark.parametrize("text", ["宝宝四个月用什么号的", "4个月的宝宝用哪个号"])
def test_an_age_with_which_numbered_size_asked_of_goods_charted_by_age_is_sent(
        make_engine: Callable[..., Engine], text: str) -> None:
    teat = {"id": "teat", "name": "宽口径奶嘴", "price": 49, "colours": ["两只装"], "sizes": ["S", "M", "L"],
            "size_chart": [{"size": "S", "age": [0.08, 0.25]}, {"size": "M", "age": [0.25, 0.5]},
                           {"size": "L", "age": [0.5, 0.75]}]}
    reply = make_engine(products=[teat]).reply(text, item_id="teat")
    assert (reply.mode, sizing_part(reply).facts["size"]) == ("auto", "M")


@pytest.mark.parametrize(("text", "case", "size"), [
    ("我家柯基24斤 买哪个号", "recommend_by", "M"),
    ("金毛70多斤有合适的吗", "out_of_chart_by", None),  # past the chart: none, a person says
])
def test_a_pets_weight_with_a_choice_of_a_product_charted_by_weight_is_its_size_not_the_weight_fact(
        make_engine: Callable[..., Engine], text: str, case: str, size: str | None) -> None:
    chew = {"id": "chew", "name": "磨牙骨头", "price": 19.9, "colours": ["牛肉味"], "sizes": ["S", "M", "L"],
            "attributes": {"适用体重": "S码适合10斤以下,M码适合10到30斤,L码适合30到60斤"},
            "size_chart": [{"size": "S", "weight": [2, 10]}, {"size": "M", "weight": [10, 30]},
                           {"size": "L", "weight": [30, 60]}]}
    reply = make_engine(products=[chew]).reply(text, item_id="chew")
    part = sizing_part(reply)
    assert (reply.intents[0], part.case, part.facts.get("size")) == ("sizing", case, size)


@pytest.mark.parametrize(("text", "size"), [("给我妈买 她58岁 戴多少度的", "250度"), ("我62岁 几度合适", "300度")])
def test_an_age_with_how_many_of_the_sizes_unit_asked_is_the_size_for_that_age(
        make_engine: Callable[..., Engine], text: str, size: str) -> None:
    """Reading glasses sold in 100度 to 350度, charted by age: 「戴多少度的」 asks which, not a strength."""
    readers = {"id": "readers", "name": "成品老花镜", "price": 79, "colours": ["黑色"],
               "sizes": ["100度", "200度", "250度", "300度"],
               "size_chart": [{"size": "100度", "age": [40, 50]}, {"size": "200度", "age": [50, 55]},
                              {"size": "250度", "age": [55, 60]}, {"size": "300度", "age": [60, 70]}],
               "fit_note": "按年龄选是大概的参考,最准的是按验光的老花度数拍"}
    reply = make_engine(products=[readers]).reply(text, item_id="readers")
    assert (reply.intents[0], sizing_part(reply).facts["size"]) == ("sizing", size)


@pytest.mark.parametrize(("message", "size"), [
    ("女孩130穿多大", "130"),  # 女孩 names the girls' style and the child: 130 is her height
    ("男孩的身高120穿啥码", "120"),
    ("孩子130穿多大", "130"),
])
def test_a_height_after_a_style_named_for_the_child_is_the_childs(make_engine: Callable[..., Engine], message: str,
                                                                     size: str) -> None:
    chart = [{"size": s, "height": [s - 10, s]} for s in (110, 120, 130, 140)]
    kids = {"id": "set", "name": "儿童学院风套装", "price": 189, "colours": ["女款裙装", "男款裤装"],
            "sizes": ["110", "120", "130", "140"], "size_chart": chart,
            "variant_aliases": {"女款裙装": ["女孩"], "男款裤装": ["男孩", "男孩的"]}}
    reply = make_engine(products=[kids]).reply(message, item_id="set", now=dt.datetime(2026, 12, 3, 14))
    part = sizing_part(reply)
    assert part.case.startswith("recommend") and part.facts["size"] == size


@pytest.mark.parametrize(("text", "case"), [("平时穿75C拍什么码", "fit_note"), ("我75c穿什么码", "fit_note"),
                                            ("72B穿什么码", "need_measure")])  # one the note does not name
def test_a_bra_size_the_fit_note_maps_is_told_that_note(make_engine: Callable[..., Engine], text: str,
                                                         case: str) -> None:
    """A set in M and L whose fit note says M码对应70A-75B,L码对应75C-80B: 「平时穿75C拍什么码」 is that note."""
    kit = {"id": "kit", "name": "无痕内衣套装", "price": 79, "colours": ["肤色"], "sizes": ["M", "L"],
           "fit_note": "M码对应70A-75B,L码对应75C-80B", "size_chart": [
               {"size": "M", "weight": [80, 110], "chest": [78, 86]}, {"size": "L", "weight": [110, 130],
                                                                    "chest": [86, 94]}]}
    reply = make_engine(products=[kit]).reply(text, item_id="kit")
    assert reply.parts[0].case == case and ("L码对应75C-80B" in reply.text) is (case == "fit_note")


@pytest.mark.parametrize(("text", "sizes"), [
    ("老大7岁125 老二4岁105 分别买多大", ["18寸", "16寸"]),  # one for each child
    ("大的125 小的110 买多大", ["18寸", "16寸"]),
    ("我老公175 我160 选哪个", ["18寸", "18寸"]),
    ("孩子125 穿多大", ["18寸"]),  # one measured: one size
])
def test_two_people_measured_in_one_line_are_each_told_their_size(
        make_engine: Callable[..., Engine], text: str, sizes: list[str]) -> None:
    chart = [{"size": "16寸", "height": [100, 120]}, {"size": "18寸", "height": [120, 180]}]
    bike = {"id": "bike", "name": "儿童自行车", "price": 459, "colours": ["蓝色"], "sizes": ["16寸", "18寸"],
            "size_chart": chart, "fit_note": "按身高选"}
    reply = make_engine(products=[bike]).reply(text, item_id="bike")
    assert [(p.case, p.facts["size"]) for p in reply.parts] == [("recommend_by", size) for size in sizes]
    assert reply.text.count("按身高选") == 1  # the fit note once


def test_a_weight_said_of_shoes_sized_by_the_foot_is_told_the_fact_bounding_the_weight(
        make_engine: Callable[..., Engine]) -> None:
    """「我190斤能穿碳板吗」 of racing shoes charted by foot length, whose 适合人群 says 体重85公斤以上的建议先穿飞影3:
    that, then the foot's length asked for the size."""
    chart = [{"size": "42", "foot": [260, 265]}, {"size": "43", "foot": [265, 270]}]
    shoe = {"id": "racer", "name": "碳板竞速跑鞋", "price": 1299, "colours": ["荧光黄"], "sizes": ["42", "43"],
            "size_chart": chart, "attributes": {"适合人群": "配速5分30以内的跑者;体重85公斤以上的建议先穿缓震款"}}
    reply = make_engine(products=[shoe]).reply("我190斤能穿碳板吗", item_id="racer")
    assert [p.case for p in reply.parts] == ["weight_stated", "need_measure"]
    assert "体重85公斤以上的建议先穿缓震款" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "case"), [("我体重一百九十斤 能穿这个吗", "weight_past"),
                                            ("我体重一百七十斤 能穿这个吗", "weight_stated")])
def test_a_weight_past_the_one_the_shoes_are_for_goes_to_a_person(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    """「我体重一百九十斤 能穿这个吗」 of running shoes whose 适用体重 says 180斤以内: past it, said so, for a person
    (not 「您对照一下体重」 sent by itself)."""
    chart = [{"size": "42", "foot": [260, 265]}, {"size": "43", "foot": [265, 270]}]
    shoe = {"id": "air", "name": "缓震跑鞋", "price": 499, "colours": ["黑白"], "sizes": ["42", "43"],
            "size_chart": chart, "attributes": {"适用体重": "180斤以内都可以"}}
    reply = make_engine(products=[shoe]).reply(text, item_id="air")
    assert reply.parts[0].case == case and "180斤以内" in reply.text + reply.suggestion
    assert (reply.mode == "handoff") is (case == "weight_past")
    assert case != "weight_past" or "190斤" in reply.text


def test_a_weight_told_before_is_weighed_against_the_next_shoes_asked_of(make_engine: Callable[..., Engine]) -> None:
    """「我体重一百九十斤 能穿这个吗」 (past 180斤) … 「那宽楦版呢」: the wide one's 200斤以内, for that weight."""
    chart = [{"size": "42", "foot": [260, 265]}, {"size": "43", "foot": [265, 270]}]
    shoes = [{"id": pid, "name": name, "aliases": aliases, "price": 499, "colours": ["黑白"], "sizes": ["42", "43"],
              "size_chart": chart, "attributes": {"适用体重": limit}}
             for pid, name, aliases, limit in (("air", "缓震跑鞋", [], "180斤以内都可以"),
                                               ("wide", "缓震跑鞋宽楦版", ["宽楦版"], "200斤以内都可以"))]
    engine = make_engine(products=shoes)
    first = engine.reply("我体重一百九十斤 能穿这个吗", item_id="air")
    then = engine.reply("那宽楦版呢", first.conversation, item_id="air")
    assert first.parts[0].case == "weight_past"
    assert then.parts[0].case == "weight_stated" and "200斤以内" in then.text and then.mode == "auto"


def test_a_larger_size_asked_beside_a_measure_past_the_chart_is_that_measure_for_a_person(
        make_engine: Callable[..., Engine]) -> None:
    """「一百八十斤能穿吗 有没有更大的码」 of a swimsuit charted to 165斤, no size in hand: past the chart, for a
    person, not every size but the smallest listed as bigger."""
    chart = [{"size": "L", "weight": [110, 130]}, {"size": "XL", "weight": [130, 145]},
             {"size": "2XL", "weight": [145, 165]}]
    suit = {"id": "suit", "name": "连体泳衣", "price": 129, "colours": ["黑色"], "sizes": ["L", "XL", "2XL"],
            "size_chart": chart}
    reply = make_engine(products=[suit]).reply("一百八十斤能穿吗 有没有更大的码", item_id="suit")
    assert reply.parts[0].case.startswith("out_of_chart") and reply.mode == "handoff"


@pytest.mark.parametrize(("text", "told"), [("孩子8岁130 有点胖 80斤 能骑吗", True), ("孩子130能骑吗", False)])
def test_a_weight_said_of_goods_sized_by_height_is_told_what_they_carry(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    """A bike sized by height: the size, and with a weight said (its chart has none), the 适用体重 fact beside it."""
    chart = [{"size": "16寸", "height": [105, 120]}, {"size": "18寸", "height": [120, 140]}]
    bike = {"id": "bike", "name": "儿童自行车", "price": 459, "colours": ["蓝色"], "sizes": ["16寸", "18寸"],
            "size_chart": chart, "attributes": {"适用体重": "16寸最大承重50公斤,18寸最大承重75公斤"}}
    reply = make_engine(products=[bike]).reply(text, item_id="bike")
    assert reply.parts[0].case == "recommend_by" and reply.parts[0].facts["size"] == "18寸"
    assert ("最大承重75公斤" in reply.text) is told


@pytest.mark.parametrize(("text", "told"), [("娃脚胖 脚背也高 穿这个挤不挤", True), ("孩子脚比较宽", True),
                                           ("大腿比较粗", False)])  # (大 of 大腿: no 版型宽大 of a shoe)
def test_a_trait_of_the_body_is_the_products_fact_of_it_before_a_fit_note_of_the_foot(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    """「脚胖」 of shoes whose 宽脚能穿吗 says what fits a wide foot: that, not the fit note that only says 脚长."""
    shoe = {"id": "shoe", "name": "儿童运动鞋", "price": 199, "colours": ["白色"], "sizes": ["30", "31"],
            "fit_note": "这款偏小半码,建议按脚长加大一码拍",
            "attributes": {"宽脚能穿吗": "楦型偏窄,脚宽或者脚背高的孩子建议拍宽楦款", "鞋面": "版型宽大透气"}}
    reply = make_engine(products=[shoe]).reply(text, item_id="shoe")
    assert ("建议拍宽楦款" in reply.text + reply.suggestion) is told and "版型宽大" not in reply.text


@pytest.mark.parametrize(("text", "case", "size"), [
    ("一家三口买哪个合适", "for_people", "3-4人"),
    ("我们两个人用哪个", "for_people", "2人"),
    ("4个人住得下吗", "for_people", "3-4人"),
    ("5个人够住吗", "past_people", None),  # past the largest: a person answers
])
def test_goods_sized_by_people_are_told_the_size_that_holds_them(
        make_engine: Callable[..., Engine], text: str, case: str, size: str | None) -> None:
    tent = {"id": "tent", "name": "速开帐篷", "price": 399, "colours": ["沙漠黄"], "sizes": ["2人", "3-4人"],
            "prices": {"2人": 399, "3-4人": 599}}
    reply = make_engine(products=[tent]).reply(text, item_id="tent")
    part = part_of(reply, "sizing")
    assert part.case == case
    if size is None:
        assert reply.mode == "handoff"
        assert_says(reply, "3-4人", "5个人")
    else:
        assert part.facts["size"] == size
        assert_says(reply, size)


def test_a_trips_days_are_told_the_size_the_goods_facts_give_them(make_engine: Callable[..., Engine]) -> None:
    """「出去玩四天带哪个尺寸」 of cases whose 出行天数 gives each size its days: 20寸, by that clause."""
    case = {"id": "case", "name": "拉杆箱", "price": 329, "colours": ["黑色"], "sizes": ["20寸", "24寸", "28寸"],
            "attributes": {"出行天数": "20寸适合3到5天短途出差,24寸适合7到10天,28寸适合半个月以上",
                           "尺寸": "20寸外尺寸55x38x23cm;24寸外尺寸66x44x27cm;28寸外尺寸76x50x30cm"}}
    reply = make_engine(products=[case]).reply("出去玩四天带哪个尺寸", item_id="case")
    part = part_of(reply, "sizing")
    assert (part.case, part.facts["size"], part.facts["clause"]) == ("size_of_length", "20寸", "20寸适合3到5天短途出差")


def test_the_people_said_are_told_the_size_the_goods_facts_give_them_and_so_on_after(
    make_engine: Callable[..., Engine],
) -> None:
    """「一家五口 买哪个尺寸合适」 of grills whose 适合人数 gives each size its head count: 47cm; 「十个人呢」
    next: 57cm."""
    grill = {"id": "grill", "name": "带盖烤炉", "price": 399, "colours": ["黑色"], "sizes": ["47cm", "57cm"],
             "attributes": {"尺寸": "47cm烤网直径47cm;57cm烤网直径57cm", "适合人数": "47cm适合3到5人,57cm适合6到10人"}}
    engine = make_engine(products=[grill])
    first = engine.reply("一家五口 买哪个尺寸合适", item_id="grill")
    then = engine.reply("十个人呢", first.conversation, item_id="grill")
    assert [(r.mode, part_of(r, "sizing").facts["size"]) for r in (first, then)] == [("auto", "47cm"), ("auto", "57cm")]
    assert_says(then, "6到10人")


def test_a_size_called_by_its_alias_with_which_asked_is_that_size(make_engine: Callable[..., Engine]) -> None:
    """「旧锁导向片是24*240的 拍哪个锁体」 of locks whose 标准锁体 is also called 24x240: that, not the 旧锁 fact."""
    lock = {"id": "lock", "name": "人脸锁", "price": 2599, "colours": ["黑色"], "sizes": ["标准锁体", "大锁体"],
            "variant_aliases": {"标准锁体": ["24x240"], "大锁体": ["30x280"]},
            "attributes": {"旧锁": "师傅免费拆旧锁,旧锁留给您", "锁体尺寸": "标准锁体24×240mm,大锁体30×280mm"}}
    part = part_of(make_engine(products=[lock]).reply("旧锁导向片是24*240的 拍哪个锁体", item_id="lock"), "sizing")
    assert (part.case, part.facts["size"]) == ("named_size", "标准锁体")
