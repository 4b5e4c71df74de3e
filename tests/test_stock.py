"""stock: in stock, low, sold out, restock and pre-sale, checked against example_shop.yaml.

The example shop has low_stock_at: 5 and show_stock_counts: false. Restock dates used:
dress-floral 雾霾蓝 M 2026-12-05, down-short 米白色 S 2026-12-08, hoodie-fleece 牛油果绿 L
2026-12-10 (pre-sale), shirt-white 浅蓝色 XL 2026-12-15, cardigan-soft 浅粉色 均码 2026-12-18.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest
from support import assert_says, part_of

from botcore.conversation import Conversation
from botcore.shop import Shop, load_shop
from engine import Engine, Part, Reply

NOW = dt.datetime(2026, 12, 1, 10, 0)  # a Tuesday, before every restock date
DRESS = "dress-floral"


def ask(engine: Engine, text: str, *, item: str | None = DRESS, conversation: Conversation | None = None) -> Reply:
    return engine.reply(text, conversation, item_id=item, now=NOW)


def stock_part(reply: Reply) -> Part:
    return part_of(reply, "stock")


@pytest.fixture(scope="module")
def counting_engine(make_engine: Callable[..., Engine]) -> Engine:
    """The example shop with show_stock_counts: true."""
    return make_engine(settings={"show_stock_counts": True})


# --- one colour x size ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "message", "variant", "count"),
    [
        (DRESS, "米白色M码还有货吗", "米白色 M码", 32),
        ("down-short", "米白的XXL还有吗", "米白色 XXL码", 6),  # one above low_stock_at
    ],
)
def test_in_stock_variant_says_so_without_the_count(
    engine: Engine, item: str, message: str, variant: str, count: int
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == "in_stock"
    assert (part.facts["variant"], part.facts["count"]) == (variant, count)
    assert_says(reply, variant)
    assert f"{count}件" not in reply.text


def test_a_size_number_before_you_have_is_a_stock_question_beside_a_second_one(engine: Engine) -> None:
    """「27有吗」 asks for a waist size as surely as 「L有吗」, so free shipping asked in the same
    line is answered too, each from the shop's facts (the jeans cost 159元, free over 99元)."""
    reply = ask(engine, "黑色27有吗 包邮不", item="jeans-straight")
    assert reply.intents == ("stock", "shipping")
    assert stock_part(reply).case == "in_stock"
    assert stock_part(reply).facts["variant"] == "黑色 27码"
    assert part_of(reply, "shipping").facts["price"] == "159元"
    assert reply.mode == "auto"


@pytest.mark.parametrize(
    ("item", "message", "variant", "count"),
    [
        (DRESS, "黑色XL码还有吗", "黑色 XL码", 3),
        ("coat-wool", "驼色L码有货吗", "驼色 L码", 2),
        ("down-long", "燕麦色XXL还有没有", "燕麦色 XXL码", 5),  # exactly low_stock_at
    ],
)
def test_low_stock_warns_without_revealing_the_count(
    engine: Engine, item: str, message: str, variant: str, count: int
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == "low_stock"
    assert (part.facts["variant"], part.facts["count"]) == (variant, count)
    assert_says(reply, variant, "不多")
    assert str(count) not in reply.text


@pytest.mark.parametrize(
    ("message", "case", "count"),
    [
        ("黑色XL码还有吗", "low_stock_count", 3),
        ("米白色M码还有货吗", "in_stock_count", 32),
    ],
)
def test_shop_that_shows_stock_counts_gives_the_count(
    counting_engine: Engine, message: str, case: str, count: int
) -> None:
    reply = ask(counting_engine, message)
    part = stock_part(reply)
    assert (part.case, part.facts["count"]) == (case, count)
    assert_says(reply, f"{count}件")


@pytest.mark.parametrize(("text", "item", "options"), [
    ("黑色要五十件够不够", "cardigan-soft", "颜色"),  # one size (均码): only another colour is offered
    ("焦糖色S要两件有吗", "sweater-cable", "颜色和尺码"),
])
def test_too_many_pieces_offer_only_what_the_product_comes_in(
    engine: Engine, text: str, item: str, options: str
) -> None:
    reply = ask(engine, text, item=item)
    part = stock_part(reply)
    assert (reply.mode, part.case, part.facts["options"]) == ("auto", "not_enough", options)
    assert_says(reply, f"别的{options}")
    assert ("尺码" in part.text) == ("尺码" in options)


@pytest.mark.parametrize(("text", "case"), [
    ("黑的我要五个 够不够", "enough"),  # 30 black bags
    ("酒红拍5个有那么多吗", "not_enough"),  # 3 red ones
])
def test_as_many_as_wanted_asked_with_enough_is_the_count(text: str, case: str) -> None:
    engine = Engine(load_shop("tests/data/shops/bags.yaml"), rng=random.Random(0))
    reply = ask(engine, text, item="crossbody-chain")
    assert (reply.mode, stock_part(reply).case, stock_part(reply).facts["wanted"]) == ("auto", case, 5)


def test_a_size_in_its_amount_asked_beside_the_fee_is_both_answered() -> None:
    engine = Engine(load_shop("snacks"), rng=random.Random(0))
    reply = ask(engine, "有500g吗 包邮吗", item="jerky")
    assert (reply.mode, reply.intents) == ("auto", ("stock", "shipping"))
    assert stock_part(reply).facts["size"] == "500g"
    assert_says(reply, "包邮")


@pytest.mark.parametrize(("counts", "case"), [(False, "not_enough"), (True, "not_enough_count")])
def test_more_pieces_than_are_left_are_said_to_be_too_many(
    make_engine: Callable[..., Engine], counts: bool, case: str
) -> None:
    engine = make_engine(settings={"show_stock_counts": counts})
    part = stock_part(ask(engine, "焦糖色S要两件有吗", item="sweater-cable"))  # one is left
    assert (part.case, part.facts["wanted"], part.facts["count"]) == (case, 2, 1)
    assert "还有货" not in part.text


@pytest.mark.parametrize(("counts", "low_at", "case"), [
    (False, 1, "enough"),
    (False, 99, "enough_low"),  # enough, and few left besides: said too
    (True, 1, "enough_count"),
])
def test_as_many_pieces_as_are_left_or_fewer_are_said_to_be_enough(
    make_engine: Callable[..., Engine], counts: bool, low_at: int, case: str
) -> None:
    engine = make_engine(settings={"show_stock_counts": counts, "low_stock_at": low_at})
    first = ask(engine, "黑色M还有吗")
    count = stock_part(first).facts["count"]
    assert isinstance(count, int) and count >= 2
    part = stock_part(ask(engine, f"要{count}件", conversation=first.conversation))  # 「要两台」 after the stock
    assert (part.case, part.facts["wanted"], part.facts["count"]) == (case, count, count)
    assert f"{count}件" in part.text and "份" not in part.text  # (counted in the buyer's word for them)


def test_a_variant_the_product_does_not_sell_but_its_fact_names_is_told_that_fact(
        make_engine: Callable[..., Engine]) -> None:
    reading = {"id": "reading", "name": "语文阅读训练", "price": 22.8, "colours": ["含答案版", "学生版"],
               "sizes": ["四年级"], "attributes": {"版本": "语文全国都用统编版,没有人教版、北师大版之分"}}
    maths = {"id": "maths", "name": "数学练习册", "price": 19.8, "colours": ["人教版", "北师大版"], "sizes": ["四年级"]}
    engine = make_engine(products=[reading, maths])
    part = stock_part(ask(engine, "有北师大版的吗", item="reading"))
    assert (part.case, part.facts["part"]) == ("no_such_colour_stated", "版本") and "统编版" in part.text


PHONE = {"id": "phone", "name": "二手iPhone 13", "price": 2699, "colours": ["99新", "95新"], "sizes": ["128G"],
         "colour_label": "成色", "size_label": "内存",
         "attributes": {"颜色": "现货有午夜色、星光色和蓝色,拍下备注想要的颜色", "色差": "实物和图片有轻微色差"}}
TEE = {"id": "tee", "name": "纯棉T恤", "price": 59, "colours": ["白色", "黑色"], "sizes": ["M"],
       "attributes": {"颜色": "白色和黑色两种,黑色不掉色"}}


@pytest.mark.parametrize(("item", "text", "case"), [
    ("phone", "有蓝色吗", "colour_stated"),  # kept as words in its 颜色, its choices being 成色
    ("phone", "99新128有蓝色的吗", "colour_stated"),  # beside a choice said
    ("phone", "有红色吗", "colour_stated"),  # not named there: the fact the colours are kept in, for the buyer to see
    ("tee", "有红色吗", "no_such_colour"),  # colours as choices: the choices it comes in
])
def test_a_colour_kept_in_a_fact_of_colours_is_told_that_fact(
        make_engine: Callable[..., Engine], item: str, text: str, case: str) -> None:
    part = stock_part(ask(make_engine(products=[PHONE, TEE]), text, item=item))
    assert part.case == case
    assert ("午夜色、星光色和蓝色" in part.text) == (item == "phone") and "没有蓝色" not in part.text


def test_stock_asked_of_no_variant_names_the_few_sold_out_beside_the_colours_in_stock(
        make_engine: Callable[..., Engine]) -> None:
    """「有货没」 of a foundation whose 02自然白 正装 is out till 12-12 (its 小样 left): the shades, and that."""
    base = {"id": "base", "name": "持妆粉底液", "price": 139, "colours": ["01象牙白", "02自然白"],
            "sizes": ["正装", "小样"],
            "stock": {"01象牙白": {"正装": 9, "小样": 9}, "02自然白": {"正装": 0, "小样": 25}},
            "restock": [{"colour": "02自然白", "size": "正装", "date": "2026-12-12"}]}
    part = stock_part(ask(make_engine(products=[base]), "有货没", item="base"))
    assert (part.case, part.facts["colours"], part.facts["out"]) == (
        "overview_out", "01象牙白、02自然白", "02自然白 正装（12月12日补货）")


def test_a_colour_code_two_products_share_is_the_page_products_own(make_engine: Callable[..., Engine]) -> None:
    """「那03呢 有没」 on a foundation's page whose 03自然色 is called 03, as a lipstick's 03烂番茄 is: its own
    stock, not its fact of shades (色号推荐) for a colour it does not have."""
    lipstick = {"id": "lip", "name": "丝绒口红", "price": 89, "colours": ["03烂番茄"], "sizes": ["正装"],
                "variant_aliases": {"03烂番茄": ["03"]}}
    foundation = {"id": "base", "name": "持妆粉底液", "price": 139, "colours": ["02自然白", "03自然色"],
                  "sizes": ["正装"], "variant_aliases": {"02自然白": ["02"], "03自然色": ["03"]},
                  "attributes": {"色号推荐": "黄一白选02自然白,黄二白选03自然色"}}
    part = stock_part(ask(make_engine(products=[lipstick, foundation]), "那03呢 有没", item="base"))
    assert part.facts["variant"] == "03自然色" and part.case != "colour_stated"  # (its stock not given: a person)


# --- sold out --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "message", "variant", "alternatives"),
    [
        # no restock planned; the buyer's size in other colours first (their body fixes the size),
        # then the same colour in the sizes nearest it, at most four
        ("jeans-straight", "黑色30码还有吗", "黑色 30码", "浅蓝色 30码、深蓝色 30码、黑色 29码、黑色 28码"),
        ("blazer-classic", "杏色S码有货吗", "杏色 S码", "黑色 S码、灰色 S码、杏色 M码、杏色 L码"),
    ],
)
def test_sold_out_offers_variants_that_are_in_stock(
    engine: Engine, item: str, message: str, variant: str, alternatives: str
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == "sold_out"
    assert (part.facts["variant"], part.facts["alternatives"]) == (variant, alternatives)
    assert_says(reply, variant, alternatives)


@pytest.mark.parametrize(
    ("item", "message", "variant", "date"),
    [
        (DRESS, "雾霾蓝M码什么时候补货", "雾霾蓝 M码", "12月5日"),
        (DRESS, "雾霾蓝的M还有吗", "雾霾蓝 M码", "12月5日"),
        ("shirt-white", "浅蓝色XL有货吗", "浅蓝色 XL码", "12月15日"),
        ("down-short", "米白色S码没货了吗", "米白色 S码", "12月8日"),
        # a one-size product: the colour alone is the whole variant
        ("cardigan-soft", "浅粉色还有吗", "浅粉色", "12月18日"),
    ],
)
def test_sold_out_with_a_restock_date_gives_the_date(
    engine: Engine, item: str, message: str, variant: str, date: str
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == "sold_out_restock"
    assert (part.facts["variant"], part.facts["restock_date"]) == (variant, date)
    assert_says(reply, variant, date)


def test_when_a_colour_is_in_stock_again_is_no_promotion_to_come(engine: Engine) -> None:
    """「绿色的啥时候有货」 right after the promotions: the stock of the colour named for its hue
    (牛油果绿), not when the next promotion starts."""
    first = ask(engine, "有什么活动吗", item="hoodie-fleece")
    reply = ask(engine, "绿色的啥时候有货", item="hoodie-fleece", conversation=first.conversation)
    assert reply.intents[0] == "stock" and "bargain" not in reply.intents
    assert stock_part(reply).facts["colour"] == "牛油果绿"


def test_a_deposit_taken_back_is_no_stock_question(engine: Engine) -> None:
    reply = ask(engine, "预售的定金不想要了", item="hoodie-fleece")
    assert "stock" not in reply.intents and reply.mode == "handoff"


def test_presale_variant_can_be_ordered_now(engine: Engine) -> None:
    reply = ask(engine, "牛油果绿L码还有吗", item="hoodie-fleece")
    part = stock_part(reply)
    assert part.case == "presale"
    assert (part.facts["variant"], part.facts["restock_date"]) == ("牛油果绿 L码", "12月10日")
    assert_says(reply, "牛油果绿 L码", "预售", "12月10日")


def test_a_presale_due_on_a_day_the_shop_does_not_ship_leaves_on_the_next_it_does(shop_data: dict[str, Any]) -> None:
    """Due on Sunday 12-20 (the example shop ships Monday to Saturday): it leaves on the 21st, the
    day the shipping answer gives too."""
    engine = _with_dress(shop_data, stock={"米白色": {"S": 0, "M": 0, "L": 0, "XL": 0}},
                         restock=[{"date": "2026-12-20", "presale": True, "colour": "米白色"}])
    part = stock_part(ask(engine, "米白色M码有吗"))
    assert (part.case, part.facts["restock_date"]) == ("presale", "12月21日")


# --- only a colour, only a size -----------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "message", "colour", "sizes", "out"),
    [
        (DRESS, "雾霾蓝还有货吗", "雾霾蓝", "S、L、XL", "M（12月5日补货）"),  # the size sold out, and its day
        ("hoodie-fleece", "牛油果绿有货吗", "牛油果绿", "S、M", "L、XL"),
        (DRESS, "米白色还有什么码", "米白色", "S、M、L、XL", None),
    ],
)
def test_colour_only_lists_the_sizes_in_stock(engine: Engine, item: str, message: str, colour: str, sizes: str,
                                              out: str | None) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == ("colour_sizes_out" if out else "colour_sizes")
    assert (part.facts["colour"], part.facts["sizes"], part.facts.get("out")) == (colour, sizes, out)
    assert_says(reply, colour, sizes, *([out] if out else []))


def test_a_size_of_the_colour_sold_out_is_said_with_the_day_it_comes_back(
        make_engine: Callable[..., Engine]) -> None:
    """「烂番茄还有吗」 of a lipstick whose 正装 is sold out till 12-15 and whose 小样 is left."""
    lipstick = {"id": "lip", "name": "丝绒口红", "price": 89, "colours": ["03烂番茄"], "sizes": ["正装", "小样"],
                "variant_aliases": {"03烂番茄": ["烂番茄"]}, "stock": {"03烂番茄": {"正装": 0, "小样": 20}},
                "restock": [{"colour": "03烂番茄", "size": "正装", "date": "2026-12-15"}]}
    reply = make_engine(products=[lipstick]).reply("烂番茄还有吗", item_id="lip", now=dt.datetime(2026, 12, 8, 14))
    part = stock_part(reply)
    assert (part.case, part.facts["sizes"], part.facts["out"]) == ("colour_sizes_out", "小样", "正装（12月15日补货）")
    assert reply.mode == "auto"


@pytest.mark.parametrize(
    ("item", "message", "size", "colours"),
    [
        (DRESS, "M码有货吗", "M码", "米白色、黑色"),  # 雾霾蓝 M is sold out
        ("hoodie-fleece", "L码还有吗", "L码", "灰色、奶白色、藏青色"),
        (DRESS, "M码还有什么颜色", "M码", "米白色、黑色"),
    ],
)
def test_size_only_lists_the_colours_in_stock(engine: Engine, item: str, message: str, size: str, colours: str) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == "size_colours"
    assert (part.facts["size"], part.facts["colours"]) == (size, colours)
    assert_says(reply, size, colours)


@pytest.mark.parametrize(
    ("item", "message", "colour", "case"),
    [
        (DRESS, "有红色的吗", "红色", "no_such_colour_elsewhere"),  # the knit dress's 酒红色, named so
        (DRESS, "有酒红色吗", "酒红色", "no_such_colour_elsewhere"),  # a colour another product has: said too
    ],
)
def test_colour_the_product_does_not_have_lists_its_colours(
    engine: Engine, item: str, message: str, colour: str, case: str
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case == case
    assert (part.facts["colour"], part.facts["colours"]) == (colour, "米白色、雾霾蓝、黑色")
    assert_says(reply, colour, "米白色、雾霾蓝、黑色")


def test_another_product_in_a_shade_of_the_colour_asked_is_named_with_its_shade(engine: Engine) -> None:
    part = stock_part(ask(engine, "有红色的吗"))
    assert part.facts["others"] == "修身针织长袖连衣裙(酒红色)"


@pytest.mark.parametrize(
    ("item", "message", "size", "sizes"),
    [
        (DRESS, "有XXL码吗", "XXL码", "S、M、L、XL"),
        ("jeans-straight", "有24码的吗", "24码", "25、26、27、28、29、30"),
    ],
)
def test_size_the_product_does_not_have_lists_its_sizes(
    engine: Engine, item: str, message: str, size: str, sizes: str
) -> None:
    reply = ask(engine, message, item=item)
    part = stock_part(reply)
    assert part.case.startswith("no_such_size")
    assert (part.facts["size"], part.facts["sizes"]) == (size, sizes)
    assert_says(reply, size, sizes)


# --- follow-ups and focus --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "follow_up", "case", "variant"),
    [
        ("黑色L码有货吗", "那M呢", "in_stock", "黑色 M码"),
        ("雾霾蓝S码有吗", "那M呢", "sold_out_restock", "雾霾蓝 M码"),
        ("黑色XL码还有吗", "那米白色呢", "in_stock", "米白色 XL码"),
    ],
)
def test_follow_up_keeps_the_other_half_of_the_variant(
    engine: Engine, first: str, follow_up: str, case: str, variant: str
) -> None:
    before = ask(engine, first)
    reply = ask(engine, follow_up, item=None, conversation=before.conversation)
    part = stock_part(reply)
    assert (part.case, part.facts["variant"]) == (case, variant)
    assert part.facts["product"] == "法式碎花长袖连衣裙"
    assert_says(reply, variant)


def test_no_product_in_focus_asks_which_product(engine: Engine) -> None:
    reply = ask(engine, "黑色M码还有货吗", item=None)
    assert stock_part(reply).case == "which_product"
    assert_says(reply, "哪")


# --- any shop: restock dates per variant, plus sizes, variants named the shop's way ---------


def _with_dress(shop_data: dict[str, Any], **changes: Any) -> Engine:
    data = copy.deepcopy(shop_data)
    dress = next(p for p in data["products"] if p["id"] == DRESS)
    dress.update(changes)
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.fixture(scope="module")
def shop_data() -> dict[str, Any]:
    return load_shop().model_dump()


@pytest.mark.parametrize(("message", "variant"), [
    ("黑色M有吗", "黑色 M码"),  # a colour the stock does not list
    ("米白XL有吗", "米白色 XL码"),  # a size its colour's row does not list
    ("黑色有吗", "黑色"),  # none of the colour is listed
    ("XL有吗", "XL码"),  # the one listed is sold out, the rest not said
])
def test_a_variant_whose_stock_the_file_does_not_give_is_not_said_to_be_sold_out(
        shop_data: dict[str, Any], message: str, variant: str) -> None:
    stock = {"米白色": {"S": 3, "M": 0, "L": 9}, "雾霾蓝": {"S": 3, "M": 2, "L": 9, "XL": 0}}
    engine = _with_dress(shop_data, stock=stock)
    reply = ask(engine, message)
    part = stock_part(reply)
    assert (part.case, part.facts["variant"]) == ("uncounted", variant)
    assert reply.mode == "handoff"
    assert "卖完" not in reply.suggestion and "没货" not in reply.suggestion


def test_variants_asked_together_say_which_stock_a_person_confirms(shop_data: dict[str, Any]) -> None:
    engine = _with_dress(shop_data, stock={"米白色": {"S": 30, "M": 0, "L": 9, "XL": 9}})
    reply = ask(engine, "米白S和黑色M有吗")
    assert stock_part(reply).facts["statuses"] == "米白色 S码有货、黑色 M码要帮您确认一下"
    assert reply.mode == "handoff"


def test_a_restock_of_one_colours_size_is_stated_for_that_colour_only(shop_data: dict[str, Any]) -> None:
    # M sold out in every colour; only 雾霾蓝 M has a restock date (12-05)
    stock = {"米白色": {"S": 3, "M": 0, "L": 9, "XL": 9}, "雾霾蓝": {"S": 3, "M": 0, "L": 9, "XL": 9},
             "黑色": {"S": 3, "M": 0, "L": 9, "XL": 9}}
    engine = _with_dress(shop_data, stock=stock)
    reply = ask(engine, "M码还有吗")
    part = stock_part(reply)
    assert (part.case, part.facts["restock_variant"], part.facts["restock_date"]) == (
        "sold_out_restock_some", "雾霾蓝 M码", "12月5日")
    assert_says(reply, "雾霾蓝 M码", "12月5日")
    # the black M has no restock of its own: no date is given for it
    black = stock_part(ask(engine, "黑色M码有吗"))
    assert black.case == "sold_out"
    assert "12月5日" not in str(black.facts)


@pytest.mark.parametrize("message", ["3XL有吗", "xxxl还有吗", "有3L的吗"])
def test_a_plus_size_is_found_however_it_is_spelled(shop_data: dict[str, Any], message: str) -> None:
    engine = _with_dress(
        shop_data, sizes=["S", "M", "L", "XL", "3XL"], size_chart=[],
        stock={"米白色": {"3XL": 4}, "雾霾蓝": {"3XL": 0}, "黑色": {"3XL": 8}}, restock=[])
    part = stock_part(ask(engine, message))
    assert (part.case, part.facts["size"], part.facts["colours"]) == (
        "size_colours", "3XL码", "米白色（剩得不多）、黑色")  # (4 left, at the shop's low_stock_at 5: said so)


def test_variants_are_called_what_the_shop_calls_them(shop_data: dict[str, Any]) -> None:
    engine = _with_dress(
        shop_data, colours=["原味", "麻辣味"], sizes=["500g", "1kg"], colour_label="口味", size_label="规格",
        variant_aliases={"1kg": ["两斤装"], "麻辣味": ["麻辣"]}, size_chart=[], restock=[],
        stock={"原味": {"500g": 10, "1kg": 0}, "麻辣味": {"500g": 10, "1kg": 6}})
    reply = ask(engine, "两斤装有吗")
    part = stock_part(reply)
    assert (part.case, part.facts["size"], part.facts["colours"]) == ("size_colours", "1kg", "麻辣味")
    assert "码" not in reply.suggestion + reply.text
    sold_out = stock_part(ask(engine, "原味两斤装还有吗"))
    assert (sold_out.case, sold_out.facts["variant"]) == ("sold_out", "原味 1kg")
    assert sold_out.facts["alternatives"].startswith("麻辣味 1kg")  # the same pack in the other flavour first
    assert stock_part(ask(engine, "麻辣的有货吗")).facts["colour"] == "麻辣味"


@pytest.mark.parametrize(("message", "colour"),
                         [("3000k有吗", "3000K"), ("4000K的有吗", "4000K"), ("中性光有吗", "4000K")])
def test_colours_named_by_a_code_are_found_in_the_buyers_case(shop_data: dict[str, Any], message: str,
                                                               colour: str) -> None:
    """Lamps sold by colour temperature, and bulbs listed before them whose colours are 3000K暖光
    and 4000K中性光, also called 3000k and 4000k: the words are theirs too."""
    data = copy.deepcopy(shop_data)
    tee = next(p for p in data["products"] if p["id"] == "tee-basic")
    bulbs = ["3000K暖光", "4000K中性光"]
    tee.update(colours=bulbs, stock={c: dict.fromkeys(tee["sizes"], 5) for c in bulbs},
               variant_aliases={"3000K暖光": ["3000k"], "4000K中性光": ["4000k"]})
    data["products"] = [tee, *(p for p in data["products"] if p is not tee)]
    engine = _with_dress(data, colours=["3000K", "4000K"], sizes=["S", "M"], size_chart=[], restock=[],
                         variant_aliases={"4000K": ["中性光"]},
                         stock={"3000K": {"S": 9, "M": 9}, "4000K": {"S": 9, "M": 0}})
    part = stock_part(ask(engine, message))
    assert (part.case, part.facts["colour"]) == ("colour_sizes_out" if colour == "4000K" else "colour_sizes", colour)


# --- a size the product does not come in ---------------------------------------------------


@pytest.fixture(scope="module")
def shoes() -> Engine:
    return Engine(load_shop("shoes"), rng=random.Random(0))


def test_a_style_said_alone_is_of_the_sizes_in_it_and_after_one_of_them_the_same_width() -> None:
    bedding = {"id": "set", "name": "纯棉四件套", "price": 199, "colours": ["奶白", "雾霾蓝"],
               "sizes": ["1.5m床单款", "1.8m床单款", "1.8m床笠款"],
               "stock": {"奶白": {"1.5m床单款": 5, "1.8m床单款": 5, "1.8m床笠款": 5},
                         "雾霾蓝": {"1.5m床单款": 5, "1.8m床单款": 5, "1.8m床笠款": 0}}}
    engine = Engine(Shop.model_validate({**load_shop().model_dump(), "products": [bedding]}), rng=random.Random(0))
    first = ask(engine, "雾霾蓝1.8床笠有吗", item="set")
    assert stock_part(first).case.startswith("sold_out")
    then = stock_part(ask(engine, "那床单款呢", item="set", conversation=first.conversation))
    assert then.case in ("in_stock", "low_stock") and then.facts["variant"] == "雾霾蓝 1.8m床单款"
    alone = stock_part(ask(engine, "床笠款有吗", item="set"))  # not 「没有床笠款」
    assert alone.case != "no_such_size" and "1.8m床笠款" in alone.text and "床单款" not in alone.text


@pytest.mark.parametrize("message", ["宿舍床0.9的有吗", "有0.9米的吗"])
def test_a_bed_width_a_set_is_not_made_for_is_said_so(make_engine: Callable[..., Engine], message: str) -> None:
    bedding = {"id": "set", "name": "水洗棉四件套", "price": 69, "colours": ["浅灰"],
               "sizes": ["1.2m床单款", "1.5m床单款", "1.8m床笠款"],
               "stock": {"浅灰": {"1.2m床单款": 5, "1.5m床单款": 5, "1.8m床笠款": 5}}}
    part = stock_part(ask(make_engine(products=[bedding]), message, item="set"))
    assert (part.case, part.facts["size"]) == ("no_such_size", "0.9m")  # not 「浅灰有货」, read as a yes
    assert part.facts["sizes"] == "1.2m床单款、1.5m床单款、1.8m床笠款"


@pytest.mark.parametrize(
    ("item", "message", "size"),
    [
        ("run-shoe-x", "有46的吗", "46码"),  # a bare number near shoe sizes that stop at 45
        ("run-shoe-x", "有35的吗", "35码"),
        ("down-jacket-men", "有5XL吗", "5XL码"),  # said back as the buyer counts it, not XXXXXL
    ],
)
def test_a_size_the_product_does_not_come_in_is_said_so(shoes: Engine, item: str, message: str, size: str) -> None:
    part = stock_part(ask(shoes, message, item=item))
    assert part.case == "no_such_size"
    assert part.facts["size"] == size
    assert part.facts["sizes"] == "、".join(load_shop("shoes").product(item).sizes)  # type: ignore[union-attr]


@pytest.mark.parametrize(("message", "case"), [("有40的吗", "size_colours"), ("有2件的吗", "overview_out")])
def test_a_bare_number_that_is_a_size_or_a_count_is_read_as_such(shoes: Engine, message: str, case: str) -> None:
    assert stock_part(ask(shoes, message, item="run-shoe-x")).case == case


@pytest.fixture(scope="module")
def gadgets() -> Engine:
    return Engine(load_shop("tests/data/shops/gadgets.yaml"), rng=random.Random(0))


@pytest.mark.parametrize(
    ("message", "case", "size"),
    [
        ("有小米14的壳吗", "no_such_size", "小米14"),  # a case for iPhone15 and 华为Mate60: no 14 among them
        ("有小米14的吗 黑色", "no_such_size", "小米14"),
        ("iphone 13 pro有吗", "no_such_size", "iphone13pro"),
        ("苹果15的有吗", "size_colours", "iPhone15"),  # the shop's own alias of its iPhone15
    ],
)
def test_a_device_model_the_case_is_not_made_for_is_said_so(gadgets: Engine, message: str, case: str,
                                                            size: str) -> None:
    part = stock_part(ask(gadgets, message, item="case-magsafe"))
    assert part.case == case
    assert str(part.facts["size"]).startswith(size)


def test_a_size_that_begins_with_its_amount_is_named_by_it(make_engine: Callable[..., Engine]) -> None:
    tea = {"id": "tea", "name": "武夷岩茶", "price": 68, "colours": ["肉桂", "水仙"],
           "sizes": ["80g小泡袋", "250g罐装"],
           "stock": {"肉桂": {"80g小泡袋": 9, "250g罐装": 40}, "水仙": {"80g小泡袋": 0, "250g罐装": 20}}}
    part = stock_part(make_engine(products=[tea]).reply("肉桂半斤有吗", item_id="tea"))
    assert (part.case, part.facts["variant"]) == ("in_stock", "肉桂 250g罐装")  # not 「没有半斤」


@pytest.mark.parametrize(
    ("shop_name", "item", "message", "case", "size"),
    [
        ("electronics", "air-fryer", "有2L的吗", "no_such_size", "2L"),  # a capacity, not XXL
        ("electronics", "air-fryer", "有4.5L的吗", "no_such_size", "4.5L"),
        ("electronics", "air-fryer", "3.5升的有吗", "size_colours", "3.5L"),  # its own 3.5L, said in 升
        ("electronics", "water-heater", "有40L的吗", "no_such_size", "40L"),
        ("snacks", "jerky", "有3斤装的吗", "no_such_size", "3斤装"),
        ("snacks", "jerky", "有2kg的吗", "no_such_size", "2kg"),  # a pack of 2kg asked: none
        ("snacks", "jerky", "我要两公斤 有货吗", "size_colours", "1kg"),  # an amount wanted: two of the 1kg
    ],
)
def test_a_size_named_by_its_amount_is_compared_as_an_amount(shop_name: str, item: str, message: str, case: str,
                                                             size: str) -> None:
    selling = Engine(load_shop(shop_name), rng=random.Random(0))
    part = stock_part(ask(selling, message, item=item))
    assert part.case == case
    assert str(part.facts["size"]).startswith(size)


@pytest.mark.parametrize("follow_up", ["什么时候补", "还会补货吗", "啥时候有"])
def test_when_it_comes_back_without_a_restock_date_says_there_is_none_yet(shoes: Engine, follow_up: str) -> None:
    sold_out = ask(shoes, "白色44码还有吗", item="run-shoe-x")
    assert stock_part(sold_out).case == "sold_out"
    reply = shoes.reply(follow_up, sold_out.conversation, item_id="run-shoe-x", now=NOW)
    part = stock_part(reply)
    assert part.case == "sold_out_no_date"
    assert part.facts["variant"] == "云雾白 44码"
    assert "星空蓝 44码" in str(part.facts["alternatives"])  # the same size in another colour first


def test_a_variant_asked_for_right_after_a_price_is_a_stock_question(engine: Engine) -> None:
    """「有酒红吗」 asks whether there is any, even after 「多少钱」: not 酒红's price."""
    now = dt.datetime(2026, 12, 3, 10, 0)
    price = engine.reply("多少钱", item_id="dress-knit", now=now)
    then = engine.reply("有酒红吗", price.conversation, item_id="dress-knit", now=now)
    assert then.intents == ("stock",)
    assert then.parts[0].facts["colour"] == "酒红色"


@pytest.mark.parametrize(
    ("text", "variant"), [("黑色M", "黑色 M码"), ("要一件黑色L的", "黑色 L码"), ("M码黑色", "黑色 M码")]
)
def test_a_variant_said_alone_asks_for_it(engine: Engine, text: str, variant: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10, 0))
    assert reply.intents == ("stock",)
    assert variant in reply.suggestion


def test_a_colour_this_product_lacks_but_another_of_its_kind_has_points_to_it(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)
    part = engine.reply("有酒红色吗", item_id="dress-floral", now=now).parts[0]
    assert (part.case, part.facts["colour"], part.facts["others"]) == ("no_such_colour_elsewhere", "酒红色",
                                                                       "修身针织长袖连衣裙")  # another dress
    assert "米白色、雾霾蓝、黑色" in part.text  # and what this one comes in
    coat = engine.reply("有驼色吗", item_id="dress-floral", now=now).parts[0]
    assert coat.case == "no_such_colour"  # only the coat comes in 驼色: not a dress, not offered


def test_a_quantity_after_a_variants_stock_asks_for_that_many_of_it(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)
    first = engine.reply("黑色M还有吗", item_id="dress-floral", now=now)
    count = first.parts[0].facts["count"]
    assert isinstance(count, int)
    then = engine.reply(f"我要{count + 1}件", first.conversation, item_id="dress-floral", now=now)
    assert (then.intents, then.parts[0].case) == (("stock",), "not_enough")  # the clothing shop shows no counts
    assert then.parts[0].facts["wanted"] == count + 1


def test_how_many_are_left_asked_after_a_price_is_of_the_size_talked_about() -> None:
    engine = Engine.from_file("snacks")
    now = dt.datetime(2026, 12, 3, 10, 0)
    first = engine.reply("500g多少钱", item_id="jerky", now=now)
    then = engine.reply("还剩几袋", first.conversation, item_id="jerky", now=now)
    assert then.intents == ("stock",)
    assert "500g" in then.parts[0].text


def test_a_quantity_that_is_also_a_weight_in_the_sizes_name_is_still_a_quantity() -> None:
    """「要10袋」 of a 10kg bag asks for ten of them; 「30个」 of a 30只装 pack names the pack."""
    shop = load_shop("snacks").model_copy(deep=True)
    data = shop.model_dump()
    jerky = next(p for p in data["products"] if p["id"] == "jerky")
    jerky["sizes"] = ["250g", "500g", "10kg"]
    jerky["prices"] = {}
    jerky["stock"] = {colour: {"250g": 5, "500g": 5, "10kg": 6} for colour in jerky["colours"]}
    jerky["variant_aliases"] = {}
    jerky["restock"] = []
    engine = Engine(Shop.model_validate(data))
    part = engine.reply("原味10kg要10袋", item_id="jerky", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith("not_enough") and part.facts["wanted"] == 10


def test_a_count_of_a_variant_named_by_a_word_of_a_fact_is_counted_against_its_stock() -> None:
    """「要5盒防水的」 of cards whose 加厚PVC防水版 (called 防水版) has four left, and whose 防水 fact says what it
    is made of: five are more than there are, not a question of being waterproof."""
    data = load_shop("snacks").model_dump()
    cards = next(p for p in data["products"] if p["id"] == "jerky")
    cards.update(colours=["纸质经典版", "加厚PVC防水版"], sizes=["一盒"], prices={}, restock=[],
                 variant_aliases={"加厚PVC防水版": ["防水版"]}, attributes={"防水": "防水版是PVC的,能水洗"},
                 stock={"纸质经典版": {"一盒": 30}, "加厚PVC防水版": {"一盒": 4}})
    engine = Engine(Shop.model_validate(data))
    first = engine.reply("防水版还有货吗", item_id="jerky", now=dt.datetime(2026, 12, 3, 10))
    reply = engine.reply("要5盒防水的", first.conversation, item_id="jerky", now=dt.datetime(2026, 12, 3, 10))
    assert reply.intents[0] == "stock" and reply.parts[0].case.startswith("not_enough")
    assert reply.parts[0].facts["wanted"] == 5 and "水洗" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "case"), [
    ("原味要12袋", "not_enough"),  # no size of the flavour has twelve: not only the sizes it comes in
    ("原味要3袋", "colour_sizes"),  # each has that many: the sizes to choose from
])
def test_a_count_of_a_colour_is_counted_against_each_of_its_sizes(text: str, case: str) -> None:
    shop = load_shop("snacks").model_copy(deep=True)
    data = shop.model_dump()
    jerky = next(p for p in data["products"] if p["id"] == "jerky")
    jerky["sizes"] = ["250g", "500g"]
    jerky["prices"] = {}
    jerky["stock"] = {colour: {"250g": 8, "500g": 6} for colour in jerky["colours"]}
    jerky["variant_aliases"] = {}
    jerky["restock"] = []
    engine = Engine(Shop.model_validate(data))
    part = engine.reply(text, item_id="jerky", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case == case
    told = (part.facts.get("wanted"), part.facts.get("variant"))
    assert told == ((12, "原味") if case == "not_enough" else (None, None))


@pytest.mark.parametrize(("text", "case"), [
    ("500g还有吗 我要十袋", "not_enough"),  # no flavour of the size has ten: not only the flavours it comes in
    ("500g还有吗 我要两袋", "size_colours"),
])
def test_a_count_of_a_size_is_counted_against_each_of_its_colours(text: str, case: str) -> None:
    data = load_shop("snacks").model_dump()
    jerky = next(p for p in data["products"] if p["id"] == "jerky")
    jerky.update(sizes=["250g", "500g"], prices={}, variant_aliases={}, restock=[],
                 stock={colour: {"250g": 8, "500g": 6} for colour in jerky["colours"]})
    part = Engine(Shop.model_validate(data)).reply(text, item_id="jerky", now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert (part.case, part.facts.get("wanted"), part.facts.get("variant")) == (
        (case, 10, "500g") if case == "not_enough" else (case, None, None))


def test_a_colour_named_with_its_pack_count_is_found_by_the_colour_alone(make_engine: Callable[..., Engine]) -> None:
    socks = {"id": "socks", "name": "中筒袜", "price": 29.9, "colours": ["纯黑5双", "纯白5双", "黑白灰混搭5双"],
             "sizes": ["M", "L"], "stock": {"纯黑5双": {"M": 9, "L": 9}, "纯白5双": {"M": 9, "L": 0},
                                            "黑白灰混搭5双": {"M": 9, "L": 9}},
             "restock": [{"colour": "纯白5双", "size": "L", "date": "2026-12-15"}]}
    engine = make_engine(products=[socks])
    now = dt.datetime(2026, 12, 7, 10)
    first = engine.reply("纯白L有吗", item_id="socks", now=now)
    assert (first.parts[0].case, first.parts[0].facts["restock_date"]) == ("sold_out_restock", "12月15日")
    then = engine.reply("那黑的呢", first.conversation, item_id="socks", now=now)  # 黑 of 纯黑5双 alone, in L
    assert then.parts[0].case == "in_stock" and "纯黑5双 L" in then.parts[0].text


def test_stock_asked_of_goods_in_one_colour_tells_its_sizes_in_stock_not_asks_a_colour(
        make_engine: Callable[..., Engine]) -> None:
    tyre = {"id": "tyre", "name": "浩悦4", "price": 649, "colours": ["黑色"], "sizes": ["205/55R16", "215/55R17"],
            "stock": {"黑色": {"205/55R16": 36, "215/55R17": 0}}}
    part = make_engine(products=[tyre]).reply("有货吗 要4条", item_id="tyre", now=dt.datetime(2026, 12, 7, 10)).parts[0]
    # not 「都有货」, nor which colour: the size left, and the one sold out
    assert (part.case, part.facts["sizes"], part.facts["out"]) == ("colour_sizes_out", "205/55R16", "215/55R17")


def test_several_variants_asked_together_are_each_told(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)  # 雾霾蓝 M: none left, back on 12-05
    part = engine.reply("雾霾蓝M和黑色L还有吗", item_id="dress-floral", now=now).parts[0]
    assert part.case == "several"
    assert part.facts["statuses"] == "雾霾蓝 M码暂时没货(预计12月5日补货)、黑色 L码有货"
    assert engine.reply("黑色的M和L有吗", item_id="dress-floral", now=now).parts[0].facts["statuses"] == \
        "黑色 M码有货、黑色 L码有货"
    asked_after = engine.reply("黑色M有吗 米白色呢", item_id="dress-floral", now=now).parts[0]  # the second as a 呢
    assert asked_after.facts["statuses"] == "黑色 M码有货、米白色 M码有货"
    for text in ("一件雾霾蓝M一件黑色L", "雾霾蓝M 黑色L有吗", "一条雾霾蓝M一条黑色L有吗"):  # one by one, or apart
        assert engine.reply(text, item_id="dress-floral", now=now).parts[0].facts["statuses"] == \
            "雾霾蓝 M码暂时没货(预计12月5日补货)、黑色 L码有货"


def test_what_follows_a_variants_stock_in_the_intents_own_words_stays_stock(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)
    first = engine.reply("深蓝26有吗", item_id="jeans-straight", now=now)
    then = engine.reply("能换成黑色吗", first.conversation, item_id="jeans-straight", now=now)
    assert then.intents == ("stock",) and "黑色 26码" in then.suggestion  # a choice before buying, no order change
    sold = engine.reply("雾霾蓝M有吗", item_id="dress-floral", now=now)
    again = engine.reply("能先拍吗", sold.conversation, item_id="dress-floral", now=now)
    assert again.intents == ("stock",) and "12月5日" in again.suggestion
    when = engine.reply("那啥时候能有", sold.conversation, item_id="dress-floral", now=now)  # when it is back
    assert when.intents == ("stock",) and when.mode == "auto" and "12月5日" in when.text


@pytest.mark.parametrize(("text", "listed", "left_out"), [
    ("你们家有什么跑鞋", ["飞翼X1轻量缓震跑步鞋 399元", "疾速Pro碳板竞速跑鞋 899元"], "羽绒服"),
    ("有儿童款的吗", ["儿童运动套装"], "跑步鞋"),
    ("你们家都卖些啥", ["飞翼X1", "羽绒服", "训练鞋"], None),  # no kind said: all of them
    ("你们家有什么产品", ["飞翼X1", "羽绒服", "训练鞋"], None),  # 产品, 东西, 宝贝: any kind
    ("你们店有什么跑鞋", ["飞翼X1"], "羽绒服"),
    ("你家跑鞋有哪些", ["飞翼X1", "疾速Pro"], "羽绒服"),  # 你家, and the kind before 有哪些
])
def test_the_shops_products_asked_as_a_list_are_those_of_the_kind_asked(text: str, listed: list[str],
                                                                         left_out: str | None) -> None:
    engine = Engine(load_shop("botcore/data/shops/shoes.yaml"), rng=random.Random(0))
    part = engine.reply(text).parts[0]
    assert part.case == "catalogue"
    assert all(name in part.facts["prices"] for name in listed)
    assert left_out is None or left_out not in part.facts["prices"]


def test_the_shops_products_of_a_kind_asked_as_a_list_with_their_prices_are_told_with_them() -> None:
    engine = Engine(load_shop("botcore/data/shops/shoes.yaml"), rng=random.Random(0))
    reply = engine.reply("你们家跑鞋都有哪些 多少钱")
    assert (reply.parts[0].case, reply.mode) == ("catalogue", "auto")
    assert "飞翼X1轻量缓震跑步鞋 399元" in reply.text and "羽绒服" not in reply.text


def test_the_shops_goods_asked_as_a_list_on_a_products_page_by_you_alone_are_all_of_them() -> None:
    """「那你们都卖啥」 on one shoe's page, 你们 with no 家 or 店: the shop's goods, not that shoe's stock."""
    engine = Engine(load_shop("botcore/data/shops/shoes.yaml"), rng=random.Random(0))
    item = engine.shop.products[0].id
    part = engine.reply("那你们都卖啥", item_id=item).parts[0]
    assert part.case == "catalogue" and all(name in part.facts["prices"] for name in ("飞翼X1", "羽绒服", "训练鞋"))


def test_the_one_product_a_word_of_its_short_name_says_is_told_asked_on_no_page() -> None:
    """「有碳板的吗」 of a shop with two running shoes, one called 碳板跑鞋: that one, whether it is there."""
    engine = Engine(load_shop("botcore/data/shops/shoes.yaml"), rng=random.Random(0))
    reply = engine.reply("有碳板的吗")
    assert reply.parts[0].case in ("catalogue", "overview", "overview_out") and "疾速Pro碳板竞速跑鞋" in reply.text
    assert "飞翼X1" not in reply.text


@pytest.mark.parametrize(("text", "listed", "left_out"), [
    ("你们家有什么手机", ["小米15"], "保护壳"),  # 手机壳 is a case, not a phone
    ("你们家有什么壳", ["保护壳"], "小米15"),
    ("有儿童款吗", ["儿童手表"], "小米15"),  # a kind that goes before the thing (儿童) still names it
])
def test_a_kind_asked_is_not_another_thing_named_by_one_more_character(
        make_engine: Callable[..., Engine], text: str, listed: list[str], left_out: str) -> None:
    products = [{"id": "mi15", "name": "小米15", "category": "手机", "price": 4499, "colours": ["黑色"],
                 "sizes": ["256G"]},
                {"id": "case", "name": "硅胶保护壳", "aliases": ["手机壳"], "category": "配件", "price": 49,
                 "colours": ["黑色"], "sizes": ["小米15"]},
                {"id": "watch", "name": "儿童手表", "category": "手表", "price": 399, "colours": ["蓝色"],
                 "sizes": ["4G版"]}]
    part = make_engine(products=products).reply(text).parts[0]
    assert part.case == "catalogue" and all(name in part.facts["prices"] for name in listed)
    assert left_out not in part.facts["prices"]


@pytest.mark.parametrize(("text", "item", "listed", "left_out"), [
    ("5000以内的有吗", None, ["小米15 4499元", "硅胶保护壳 49元"], None),  # no page: all it reaches
    ("5000以内的有吗", "mi15", ["小米15 4499元"], "保护壳"),  # on a phone's page: the phones it reaches
    ("预算5000左右 有吗", "mi15", ["小米15"], "Pro"),  # 左右: near it, not far under nor over
])
def test_the_products_a_budget_reaches_are_listed(make_engine: Callable[..., Engine], text: str, item: str | None,
                                                  listed: list[str], left_out: str | None) -> None:
    products = [{"id": "mi15", "name": "小米15", "category": "手机", "price": 4499, "colours": ["黑色"],
                 "sizes": ["256G"]},
                {"id": "pro", "name": "小米15 Pro", "category": "手机", "price": 6999, "colours": ["黑色"],
                 "sizes": ["512G"]},
                {"id": "case", "name": "硅胶保护壳", "category": "配件", "price": 49, "colours": ["黑色"],
                 "sizes": ["小米15"]}]
    part = make_engine(products=products).reply(text, item_id=item).parts[0]
    assert part.case == "catalogue" and all(name in part.facts["prices"] for name in listed)
    assert "6999" not in part.facts["prices"] and (left_out is None or left_out not in part.facts["prices"])


def test_when_a_sold_out_variant_comes_back_asked_by_the_day(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)  # 雾霾蓝 M: none left, back on 12-05
    first = engine.reply("雾霾蓝M有吗", item_id="dress-floral", now=now)
    then = engine.reply("几号有", first.conversation, item_id="dress-floral", now=now)
    assert then.intents[0] == "stock" and "12月5日" in then.suggestion


@pytest.mark.parametrize(("ship_time", "case"), [
    ("付款后按尺寸单独制作,15天内发货", "made_to_order"),  # made after it is paid for: when it ships
    ("现货,付款后48小时内发货", "overview"),  # in hand: the stock, as usual
])
def test_whether_it_is_in_hand_of_a_product_made_to_order(shop_data: dict[str, Any], ship_time: str,
                                                           case: str) -> None:
    engine = _with_dress(shop_data, attributes={"发货时间": ship_time})
    part = engine.reply("是现货吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10)).parts[0]
    assert part.case.startswith(case)


def test_a_keyword_inside_a_variants_name_asks_nothing_of_its_own(shop_data: dict[str, Any]) -> None:
    engine = _with_dress(shop_data, sizes=["小电池版", "大电池版"], variant_aliases={"大电池版": ["大电池"]},
                         stock={c: {"小电池版": 3, "大电池版": 3} for c in ("米白色", "雾霾蓝", "黑色")},
                         size_chart=[], restock=[], prices={})
    first = engine.reply("黑色小电池版有吗", item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    then = engine.reply("米白色大电池呢", first.conversation, item_id=DRESS, now=dt.datetime(2026, 12, 3, 10))
    assert then.intents == ("stock",)  # 电池 names the variant: no product question of batteries


def test_a_kind_the_product_in_view_is_not_names_the_shops_one() -> None:
    engine = Engine(load_shop("shoes"), rng=random.Random(0))
    now = dt.datetime(2026, 12, 3, 10)
    part = engine.reply("有儿童的吗", item_id="run-shoe-pro", now=now).parts[0]
    assert (part.case, "儿童运动套装" in str(part.facts["prices"])) == ("catalogue", True)  # not the shoe's stock
    colour = engine.reply("有黑色的吗", item_id="run-shoe-pro", now=now).parts[0]
    assert colour.case != "catalogue"  # a colour of the shoe: its stock


def test_a_kind_the_shop_sells_several_of_asked_on_one_ones_page_lists_them(
        make_engine: Callable[..., Engine]) -> None:
    rices = [{"id": f"rice{n}", "name": name, "category": "大米", "price": price, "colours": ["真空装"],
              "sizes": ["5kg"], "stock": {"真空装": {"5kg": 9}}}
             for n, (name, price) in enumerate([("五常稻花香大米", 69), ("东北长粒香大米", 45)])]
    oil = {"id": "oil", "name": "压榨菜籽油", "category": "食用油", "price": 89, "colours": ["清香型"], "sizes": ["5L"],
           "stock": {"清香型": {"5L": 9}}}
    engine = make_engine(products=[*rices, oil])
    part = part_of(engine.reply("大米都有哪几款", item_id="rice0", now=dt.datetime(2026, 12, 3, 10)), "stock")
    assert part.case == "catalogue"  # both rices, not the packs of the one on the page
    assert "五常稻花香大米" in str(part.facts["prices"]) and "东北长粒香大米" in str(part.facts["prices"])
    assert "菜籽油" not in str(part.facts["prices"])


@pytest.mark.parametrize(("colours", "text", "case", "told"), [
    (["暗夜黑"], "黑色以外还有别的颜色吗", "only_colour", "暗夜黑"),  # one colour: that one only
    (["曜石黑", "奶油白"], "除了黑色还有什么色", "overview", "奶油白"),  # the others, not the one named
])
def test_colours_asked_besides_the_one_named(make_engine: Callable[..., Engine], colours: list[str], text: str,
                                             case: str, told: str) -> None:
    laptop = {"id": "pc", "name": "游戏本", "price": 7999, "colours": colours, "sizes": ["16G"],
              "variant_aliases": {colours[0]: ["黑色"]}, "stock": {c: {"16G": 5} for c in colours}}
    part = make_engine(products=[laptop]).reply(text, item_id="pc").parts[0]
    assert (part.case, part.facts["colour" if case == "only_colour" else "colours"]) == (case, told)


@pytest.mark.parametrize("text", ["加内存保修还有吗", "赠品还有吗", "运费险还有吗"])
def test_what_comes_with_buying_still_there_is_no_stock_question(engine: Engine, text: str) -> None:
    assert "stock" not in engine.reply(text, item_id="dress-floral").intents


def test_a_newborn_size_asked_right_after_a_recommendation_is_its_stock(make_engine: Callable[..., Engine]) -> None:
    diapers = {"id": "tape", "name": "纸尿裤", "price": 129, "colours": ["包装", "箱装"], "sizes": ["NB", "S"],
               "stock": {"包装": {"NB": 0, "S": 20}, "箱装": {"NB": 8, "S": 20}},
               "size_chart": [{"size": "NB", "weight": [0, 10]}, {"size": "S", "weight": [10, 16]}]}
    engine = make_engine(products=[diapers])
    first = engine.reply("宝宝8斤穿什么码", item_id="tape")
    then = engine.reply("NB有吗", first.conversation, item_id="tape")
    assert then.intents == ("stock",) and "箱装" in then.suggestion


#: Two books: one sold by 版本 (its colour) and 年级, one by 科目 and 版本 (its size): 人教版 is a
#: colour of the first and a size of the second.
_WORKBOOK = {"id": "workbook", "name": "同步练习册", "price": 18.8, "colour_label": "版本", "size_label": "年级",
             "colours": ["人教版", "北师大版"], "sizes": ["三年级", "四年级"],
             "stock": {"人教版": {"三年级": 150, "四年级": 80}, "北师大版": {"三年级": 0, "四年级": 40}}}
_REVIEW = {"id": "review", "name": "中考总复习", "price": 39.8, "colour_label": "科目", "size_label": "版本",
           "colours": ["数学", "物理"], "sizes": ["人教版", "北师大版"],
           "stock": {"数学": {"人教版": 50, "北师大版": 20}, "物理": {"人教版": 33, "北师大版": 0}},
           "restock": [{"colour": "物理", "size": "北师大版", "date": "2026-12-15"}]}


@pytest.mark.parametrize(("page", "text", "case", "said"), [
    ("workbook", "人教版三年级下册有没有", "in_stock", "人教版 三年级"),  # 人教版: this book's colour
    ("workbook", "北师大版三年级有吗", "sold_out", "北师大版 三年级"),
    ("review", "北师大版物理有货吗", "sold_out_restock", "12月15日"),  # 北师大版: this book's size
])
def test_a_name_that_is_a_colour_of_one_product_and_a_size_of_another_is_read_as_the_page_sells_it(
        make_engine: Callable[..., Engine], page: str, text: str, case: str, said: str) -> None:
    engine = make_engine(products=[_WORKBOOK, _REVIEW], promotions=[])
    reply = engine.reply(text, item_id=page, now=dt.datetime(2026, 12, 3, 10))
    assert part_of(reply, "stock").case == case
    assert said in reply.suggestion


def test_a_restock_date_past_is_checked_by_a_person_not_told_as_no_date(make_engine: Callable[..., Engine]) -> None:
    """「雾霾蓝M到货了吗」 the day after the restock date the file gives: due then, a person checks."""
    engine = make_engine(products=[_WORKBOOK | {"restock": [{"colour": "北师大版", "size": "三年级",
                                                              "date": "2026-12-20"}]}], promotions=[])
    reply = engine.reply("北师大版三年级到货了吗", item_id="workbook", now=dt.datetime(2026, 12, 21, 9))
    part = part_of(reply, "stock")
    assert (part.case, part.facts["restock_date"], reply.mode) == ("sold_out_restock_passed", "12月20日", "handoff")
    before = engine.reply("北师大版三年级到货了吗", item_id="workbook", now=dt.datetime(2026, 12, 19, 9))
    assert part_of(before, "stock").case == "sold_out_restock"  # (the date to come, as before)


@pytest.mark.parametrize("text", ["双十一那个减50还有吗", "上次买两件送了个发圈 现在还有么"])
def test_a_promotions_cut_asked_whether_it_still_runs_asks_no_stock(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 5, 10))
    assert "stock" not in reply.intents and reply.intents[0] == "bargain"


@pytest.mark.parametrize(("text", "intent"), [
    ("北师大版三年级的今天到了没", "stock"),  # a variant the shop restocks: whether it came in
    ("我的北师大版三年级到了没", "logistics"),  # an order's parcel
])
def test_a_restocked_variant_asked_whether_it_came_in_is_its_restock_not_a_parcel(
        make_engine: Callable[..., Engine], text: str, intent: str) -> None:
    engine = make_engine(products=[_WORKBOOK | {"restock": [{"colour": "北师大版", "size": "三年级",
                                                              "date": "2026-12-20"}]}], promotions=[])
    reply = engine.reply(text, item_id="workbook", now=dt.datetime(2026, 12, 21, 9))
    assert reply.intents[0] == intent
    assert intent != "stock" or reply.parts[0].case == "sold_out_restock_passed"


@pytest.mark.parametrize("text", ["奶香的有没有放奶粉 孩子乳糖不耐受", "原味有无添加糖"])
def test_what_is_in_a_flavour_is_a_fact_not_its_stock(make_engine: Callable[..., Engine], text: str) -> None:
    nuts = {"id": "almond", "name": "巴旦木", "price": 29.9, "colour_label": "口味", "colours": ["原味", "奶香味"],
            "sizes": ["250g", "500g"],
            "attributes": {"过敏原": "含坚果;奶香味含乳制品", "配料": "巴旦木、食用盐,无添加糖"}}
    engine = make_engine(products=[nuts])
    reply = engine.reply(text, item_id="almond", now=dt.datetime(2026, 12, 6, 14))
    assert "stock" not in reply.intents
    assert reply.intents[0] == "product"


@pytest.mark.parametrize("text", ["有日历显示吗", "有震动提醒没", "带定时功能吗"])
def test_what_it_does_asked_with_you_is_no_stock(make_engine: Callable[..., Engine], text: str) -> None:
    """「有日历显示吗」 of a watch the file says nothing of it: a person says, not the dial colours in stock."""
    watch = {"id": "watch", "name": "潜水表", "price": 1299, "colours": ["黑盘", "蓝盘"], "sizes": ["钢带"],
             "stock": {"黑盘": {"钢带": 5}, "蓝盘": {"钢带": 0}}}
    reply = make_engine(products=[watch]).reply(text, item_id="watch", now=dt.datetime(2026, 12, 6, 14))
    assert "stock" not in reply.intents and reply.mode != "auto"


@pytest.mark.parametrize(("later", "case", "variant"), [
    ("2026-12-05", "sold_out_restock_only", None),  # every sold-out size back the same day: that day, for the colour
    # two days: each size on its own day
    ("2026-12-09", "sold_out_restock_each", "黑色 S码、黑色 M码、黑色 L码 12月5日；黑色 XL码 12月9日"),
])
def test_a_colour_whose_sizes_all_come_back_gets_the_day_for_all(shop_data: dict[str, Any], later: str, case: str,
                                                                   variant: str | None) -> None:
    stock = {"米白色": {"S": 3, "M": 3, "L": 9, "XL": 9}, "雾霾蓝": {"S": 3, "M": 3, "L": 9, "XL": 9},
             "黑色": {"S": 0, "M": 0, "L": 0, "XL": 0}}
    restock = [{"colour": "黑色", "size": s, "date": "2026-12-05"} for s in ("S", "M", "L")] + [
        {"colour": "黑色", "size": "XL", "date": later}]
    engine = _with_dress(shop_data, stock=stock, restock=restock)
    part = stock_part(ask(engine, "黑色有吗"))
    if variant is None:
        assert (part.case, part.facts["restock_date"]) == (case, "12月5日")
    else:
        assert (part.case, part.facts["restocks"]) == (case, variant)


@pytest.mark.parametrize("text", [
    "在吗 你们家都有啥",  # a greeting beside the list asked names no kind of goods
    "你们家有啥裙子 都多少钱",  # the price asked beside it names no kind either: one list, with prices
])
def test_the_shops_goods_asked_beside_another_clause_are_listed(text: str) -> None:
    engine = Engine(load_shop(), rng=random.Random(0))
    reply = engine.reply(text, now=NOW)
    assert "法式碎花长袖连衣裙 169元" in reply.suggestion
    assert reply.suggestion.count("法式碎花长袖连衣裙") == 1  # one list, not the same list twice
    assert "哪件宝贝" not in reply.suggestion and "哪一款" not in reply.suggestion


def test_a_short_name_of_a_colour_is_that_colour_not_one_it_lacks(make_engine: Callable[..., Engine]) -> None:
    """「白盆的有吗」 of a plant in 白色陶瓷盆 (白盆 is another plant's alias): that pot, not 「没有白盆」."""
    fiddle = {"id": "fiddle", "name": "琴叶榕", "price": 89, "colours": ["白色陶瓷盆"], "sizes": ["小号", "中号"],
              "stock": {"白色陶瓷盆": {"小号": 5, "中号": 3}}}
    monstera = {"id": "monstera", "name": "龟背竹", "price": 89, "colours": ["白色陶瓷盆", "黑色塑料盆"],
                "sizes": ["小号"], "variant_aliases": {"白色陶瓷盆": ["白盆"]}}
    part = make_engine(products=[fiddle, monstera]).reply("白盆的有吗", item_id="fiddle").parts[0]
    assert part.case.startswith("colour_sizes") and "没有" not in part.text


def _family_set(make_engine: Callable[..., Engine]) -> Engine:
    """A parent-and-child set sold in children's heights and in 妈妈 and 爸爸 sizes."""
    product = {"id": "family-set", "name": "亲子装卫衣", "price": 99, "colours": ["圣诞红", "麻灰"],
               "sizes": ["110", "妈妈M", "妈妈XL", "爸爸XL", "爸爸XXL"],
               "stock": {"圣诞红": {"110": 9, "妈妈M": 9, "妈妈XL": 9, "爸爸XL": 9, "爸爸XXL": 0},
                         "麻灰": {"110": 9, "妈妈M": 9, "妈妈XL": 0, "爸爸XL": 9, "爸爸XXL": 9}}}
    return make_engine(products=[product])


@pytest.mark.parametrize(("text", "case", "said"), [
    ("红色爸爸XXL有吗", "sold_out", "爸爸XXL"),  # not 「没有XXL码」: XXL inside the shop's own 爸爸XXL
    ("灰色xxl有吗", "in_stock", "爸爸XXL"),  # the one size that is XXL with words before it
    ("红色xl有吗", "several", "圣诞红 妈妈XL有货、圣诞红 爸爸XL有货"),  # two are: each of them
])
def test_a_size_said_without_whose_it_is_finds_the_sizes_named_with_it(
        make_engine: Callable[..., Engine], text: str, case: str, said: str) -> None:
    part = _family_set(make_engine).reply(text, item_id="family-set", now=NOW).parts[0]
    assert part.case.startswith(case) and said in part.text


def test_a_colour_said_by_the_first_words_of_several_is_not_told_it_does_not_exist(
        make_engine: Callable[..., Engine]) -> None:
    hoodie = {"id": "hoodie", "name": "儿童连帽卫衣", "price": 89, "colours": ["藏青加绒", "藏青薄款", "灰色加绒"],
              "sizes": ["120", "130"], "stock": {"藏青加绒": {"120": 9, "130": 9}, "藏青薄款": {"120": 9, "130": 0},
                                                 "灰色加绒": {"120": 9, "130": 9}}}
    engine = make_engine(products=[hoodie])
    for text in ("藏青有吗", "藏青130有吗"):
        part = engine.reply(text, item_id="hoodie", now=NOW).parts[0]
        assert part.case != "no_such_colour" and "藏青加绒" in part.text  # not 「没有藏青色」


@pytest.mark.parametrize(("said", "text", "case"), [
    ({"selling_points": "老版本,清仓款,卖完不再补货。"}, "北师大版三年级什么时候补", "sold_out_final"),
    ({"attributes": {"库存": "这批售完即止"}}, "北师大版三年级还有吗", "sold_out_final"),
    ({"attributes": {"唯一性": "一物一图,卖掉就没有了"}}, "北师大版三年级什么时候补", "sold_out_final"),
    ({"selling_points": "老版本,清仓款,卖完不再补货。", "stock": {"人教版": {"三年级": 0, "四年级": 0},
                                                             "北师大版": {"三年级": 0, "四年级": 0}}},
     "还有货吗", "sold_out_final_none"),
    # a restock the file gives outranks the words: its date is said
    ({"selling_points": "卖完不再补货", "restock": [{"colour": "北师大版", "size": "三年级", "date": "2026-12-20"}]},
     "北师大版三年级什么时候补", "sold_out_restock"),
])
def test_a_product_whose_text_says_no_more_will_come_is_told_so_when_sold_out(
        make_engine: Callable[..., Engine], said: dict[str, Any], text: str, case: str) -> None:
    engine = make_engine(products=[_WORKBOOK | said], promotions=[])
    reply = engine.reply(text, item_id="workbook", now=dt.datetime(2026, 12, 3, 9))
    part = part_of(reply, "stock")
    assert part.case == case
    if case.startswith("sold_out_final"):
        assert part.facts["note"] in ("老版本,清仓款,卖完不再补货", "这批售完即止",  # its sentence, as written
                                      "一物一图,卖掉就没有了")
        assert "补货的消息" not in reply.text + reply.suggestion  # never "no news yet" of what will not come


@pytest.mark.parametrize(("presale", "case"), [(True, "presale"), (False, "sold_out_restock_only")])
def test_a_colour_whose_every_size_is_on_presale_can_be_ordered_now(
        make_engine: Callable[..., Engine], presale: bool, case: str) -> None:
    """「北师大版有吗」 where each of its grades is on pre-sale for the 10th: order now, not "sold out"."""
    restock = [{"colour": "北师大版", "size": grade, "date": "2026-12-10", "presale": presale}
               for grade in ("三年级", "四年级")]
    stock = {"人教版": {"三年级": 150, "四年级": 80}, "北师大版": {"三年级": 0, "四年级": 0}}
    engine = make_engine(products=[_WORKBOOK | {"stock": stock, "restock": restock}], promotions=[])
    part = part_of(engine.reply("北师大版有吗", item_id="workbook", now=dt.datetime(2026, 12, 3, 9)), "stock")
    assert (part.case, part.facts["restock_date"]) == (case, "12月10日")


def test_a_bed_width_said_the_buyers_way_is_each_size_of_that_width(make_engine: Callable[..., Engine]) -> None:
    """「1.8的有吗」 of a sheet sold in 1.8m床单款 and 1.8m床笠款: each of them, not 「没有1.8的」."""
    sheet = {"id": "sheet", "name": "纯棉四件套", "price": 299, "colours": ["奶白"], "size_label": "规格",
             "sizes": ["1.5m床单款", "1.8m床单款", "1.8m床笠款"],
             "stock": {"奶白": {"1.5m床单款": 9, "1.8m床单款": 0, "1.8m床笠款": 20}}}
    reply = make_engine(products=[sheet], promotions=[]).reply("1.8的有吗", item_id="sheet",
                                                               now=dt.datetime(2026, 12, 3, 9))
    part = part_of(reply, "stock")
    assert part.case == "several"
    assert part.facts["statuses"] == "奶白 1.8m床单款暂时没货、奶白 1.8m床笠款有货"


def test_a_style_named_by_anothers_word_for_it_is_this_products_own(make_engine: Callable[..., Engine]) -> None:
    """「春秋的有吗」 on a quilt sold as 春秋被 and 冬被, where another quilt's style is 春秋款: its 春秋被."""
    cotton = {"id": "cotton", "name": "长绒棉花被", "price": 299, "colours": ["春秋被", "冬被"], "colour_label": "厚度",
              "sizes": ["200x230cm"], "stock": {"春秋被": {"200x230cm": 9}, "冬被": {"200x230cm": 0}}}
    down = {"id": "down", "name": "白鹅绒被", "price": 999, "colours": ["春秋款", "冬厚款"], "sizes": ["200x230cm"]}
    reply = make_engine(products=[cotton, down], promotions=[]).reply("春秋的有吗", item_id="cotton")
    part = part_of(reply, "stock")
    assert part.case.startswith("in_stock") and "春秋被" in str(part.facts["variant"])


@pytest.mark.parametrize(("text", "thing"), [("有没有牛腩", "牛腩"), ("有手镯吗", "手镯")])
def test_a_thing_the_shop_does_not_sell_is_drafted_as_not_found_with_what_it_sells(
        make_engine: Callable[..., Engine], text: str, thing: str) -> None:
    """「有没有牛腩」 with no page open, of a shop selling steaks and shrimps: not 「哪一款」, but that it is
    not found, with the goods and their prices, for a person to check (the buyer may call one of them so)."""
    steak = {"id": "steak", "name": "澳洲谷饲眼肉牛排", "category": "牛排", "price": 159, "colours": ["原味"],
             "sizes": ["500g"]}
    shrimp = {"id": "shrimp", "name": "厄瓜多尔白虾", "category": "虾", "price": 98, "colours": ["原味"],
              "sizes": ["500g"]}
    reply = make_engine(products=[steak, shrimp]).reply(text, now=dt.datetime(2026, 12, 3, 10))
    part = reply.parts[0]
    assert (part.case, part.facts["thing"]) == ("not_sold", thing)
    assert part.facts["prices"] == "澳洲谷饲眼肉牛排 159元、厄瓜多尔白虾 98元"
    assert reply.mode != "auto"  # a draft: the shop may sell it under another name


@pytest.mark.parametrize(("text", "thing"), [("有踢脚线卖吗", "踢脚线"), ("有防滑的卖吗", None)])
def test_a_thing_asked_to_be_bought_on_a_page_that_nothing_of_the_shop_says_is_drafted_as_not_found(
        make_engine: Callable[..., Engine], text: str, thing: str | None) -> None:
    """「有踢脚线卖吗」 on a tile's page: not the tile's colours in stock, sent as if it were it; 「有防滑的卖吗」
    asks of what its facts say (防滑), no thing unsold."""
    tile = {"id": "tile", "name": "通体大理石瓷砖", "category": "瓷砖", "price": 89, "colours": ["爵士白"],
            "sizes": ["750x1500"], "attributes": {"防滑": "哑光面防滑R10"}}
    reply = make_engine(products=[tile]).reply(text, item_id="tile", now=dt.datetime(2026, 12, 3, 10))
    part = reply.parts[0]
    assert (part.facts.get("thing") if part.case == "not_sold" else None) == thing


def test_a_kind_of_the_product_nothing_of_it_says_is_drafted_as_not_found(make_engine: Callable[..., Engine]) -> None:
    """「有电动轨道吗」 right after the goods were listed, of a shop whose one rail says nothing of 电动: not the
    rail's colours in stock, sent as if it were one."""
    rail = {"id": "rail", "name": "加厚铝合金静音轨道", "aliases": ["轨道"], "price": 25, "colours": ["白色", "黑色"],
            "sizes": ["单轨", "双轨"]}
    engine = make_engine(products=[rail])
    first = engine.reply("你们家都有啥", now=dt.datetime(2026, 12, 3, 10))
    reply = engine.reply("有电动轨道吗", first.conversation, now=dt.datetime(2026, 12, 3, 10))
    part = reply.parts[0]
    assert (part.case, part.facts["thing"], reply.mode == "auto") == ("not_sold", "电动轨道", False)


def test_this_products_size_and_colour_said_together_are_not_another_products_colour(
        make_engine: Callable[..., Engine]) -> None:
    """「单瓶礼盒」 on the page of one sold in 礼盒装 and 500ml单瓶 (its 单瓶), where a gift set's colour is
    单瓶礼盒装: this one's 礼盒装 500ml单瓶, not 「没有单瓶礼盒装」."""
    baijiu = {"id": "baijiu", "name": "酱香白酒", "price": 398, "colours": ["普通装", "礼盒装"],
              "sizes": ["500ml单瓶", "500ml×6瓶整箱"], "variant_aliases": {"500ml单瓶": ["单瓶"]},
              "stock": {"普通装": {"500ml单瓶": 30, "500ml×6瓶整箱": 5},
                        "礼盒装": {"500ml单瓶": 3, "500ml×6瓶整箱": 0}}}
    gift = {"id": "gift", "name": "双瓶礼盒", "price": 699, "colours": ["单瓶礼盒装"], "sizes": ["500ml"]}
    engine = make_engine(products=[baijiu, gift])
    part = part_of(engine.reply("单瓶礼盒还有吗", item_id="baijiu", now=NOW), "stock")
    assert part.case != "no_such_colour" and "礼盒装 500ml单瓶" in part.text


@pytest.mark.parametrize("text", ["玳瑁的有吗", "那玳瑁的呢"])
def test_this_products_colour_said_with_de_is_not_another_products_colour_of_that_name_and_se(
        make_engine: Callable[..., Engine], text: str) -> None:
    """「玳瑁的」 on frames in 玳瑁 where reading glasses come in 玳瑁色: the frames' 玳瑁, in stock."""
    frames = {"id": "frames", "name": "圆框眼镜", "price": 199, "colours": ["亮黑", "玳瑁", "透粉"],
              "sizes": ["单镜框"],
              "stock": {"亮黑": {"单镜框": 5}, "玳瑁": {"单镜框": 21}, "透粉": {"单镜框": 0}}}
    reader = {"id": "reader", "name": "老花镜", "price": 79, "colours": ["黑色", "玳瑁色"], "sizes": ["300度"]}
    engine = make_engine(products=[frames, reader])
    first = engine.reply("透粉有吗", item_id="frames", now=NOW)
    part = part_of(engine.reply(text, first.conversation, item_id="frames", now=NOW), "stock")
    assert part.case != "no_such_colour" and "玳瑁" in part.text and "透粉" not in part.text


@pytest.mark.parametrize("text", ["黑色还有几件", "黑色还剩几件"])
def test_how_many_are_left_asked_right_after_a_price_is_stock_not_the_price_again(engine: Engine, text: str) -> None:
    first = ask(engine, "黑色M和L各要一件 一共多少")
    assert "bargain" in first.intents
    then = ask(engine, text, conversation=first.conversation)
    assert then.intents[0] == "stock"


def test_a_colour_whose_every_size_left_is_low_says_so(make_engine: Callable[..., Engine]) -> None:
    wallet = {"id": "wallet", "name": "长款钱包", "price": 199, "colours": ["雾霾蓝", "黑色"],
              "sizes": ["标准款", "定制款"],
              "stock": {"雾霾蓝": {"标准款": 1, "定制款": 1}, "黑色": {"标准款": 20, "定制款": 1}}}
    engine = make_engine(products=[wallet])
    low = part_of(engine.reply("雾霾蓝还有没", item_id="wallet", now=NOW), "stock")
    assert (low.case, low.facts["sizes"]) == ("colour_sizes_low", "标准款、定制款")
    plenty = part_of(engine.reply("黑色还有没", item_id="wallet", now=NOW), "stock")
    assert plenty.case == "colour_sizes"  # one of its sizes has plenty: no warning for the colour


def test_a_part_of_variant_names_said_narrows_to_the_variants_that_hold_it(make_engine: Callable[..., Engine]) -> None:
    """「灰色的32G有吗」 of i5/32G/1T (none left, back 12-10) and Ultra7/32G/1T (3 left): each of those two,
    not every grey laptop in stock."""
    laptop = {"id": "laptop", "name": "轻薄本", "price": 4299, "colours": ["深空灰"],
              "sizes": ["i5/16G/512G", "i5/32G/1T", "Ultra7/32G/1T"],
              "stock": {"深空灰": {"i5/16G/512G": 20, "i5/32G/1T": 0, "Ultra7/32G/1T": 3}},
              "restock": [{"colour": "深空灰", "size": "i5/32G/1T", "date": "2026-12-10"}]}
    reply = make_engine(products=[laptop]).reply("灰色的32G有吗", item_id="laptop", now=dt.datetime(2026, 12, 3, 14))
    cases = [part.case for part in reply.parts if part.intent == "stock"]
    assert cases[:2] == ["sold_out_restock", "low_stock"] and "12月10日" in reply.text
    assert "i5/16G/512G有" not in reply.text


@pytest.mark.parametrize(("text", "case"), [
    ("小米14有猫咪的吗", "not_made"),  # 星空猫咪…没有华为P70和小米14
    ("油画花15有吗", "not_made"),  # 复古油画花只有苹果16、16Pro
    ("猫咪有16的吗", "sold_out"),  # made, and sold out
])
def test_a_variant_the_products_facts_say_is_not_made_is_not_told_sold_out(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    cases = {"id": "case", "name": "图案手机壳", "price": 35, "colours": ["星空猫咪", "复古油画花"],
             "sizes": ["iPhone15", "iPhone16", "小米14"],
             "variant_aliases": {"星空猫咪": ["猫咪"], "复古油画花": ["油画花"], "iPhone15": ["15"],
                                 "iPhone16": ["16"]},
             "attributes": {"适用机型": "星空猫咪有苹果15、16,没有小米14;复古油画花只有苹果16"},
             "stock": {"星空猫咪": {"iPhone15": 20, "iPhone16": 0, "小米14": 0},
                       "复古油画花": {"iPhone15": 0, "iPhone16": 15, "小米14": 0}}}
    part = make_engine(products=[cases]).reply(text, item_id="case").parts[0]
    assert part.case == case and ("没有小米14" in str(part.facts.get("note", "")) or "只有苹果16" in str(
        part.facts.get("note", ""))) is (case == "not_made")


def test_a_variant_a_fact_lists_among_the_only_ones_made_is_told_sold_out_not_unmade(
        make_engine: Callable[..., Engine]) -> None:
    """「mate70的防窥膜有吗」 of film whose 兼容机型 says 只有iPhone16…华为Mate70四个机型, none of it left: sold out."""
    film = {"id": "film", "name": "钢化膜", "price": 19.9, "colour_label": "机型", "size_label": "规格",
            "colours": ["iPhone16", "华为Mate70"], "sizes": ["高清2片装", "防窥2片装"],
            "variant_aliases": {"华为Mate70": ["mate70"], "防窥2片装": ["防窥"]},
            "attributes": {"兼容机型": "只有iPhone16、华为Mate70两个机型"},
            "stock": {"iPhone16": {"高清2片装": 20, "防窥2片装": 10}, "华为Mate70": {"高清2片装": 10, "防窥2片装": 0}}}
    part = make_engine(products=[film]).reply("mate70的防窥膜有吗", item_id="film").parts[0]
    assert part.case == "sold_out"


@pytest.mark.parametrize(("text", "case"), [
    ("25斤的有真空包装的吗", "not_made"),  # 25斤只有编织袋: the size said first, only in the other packing
    ("真空10斤有吗", "sold_out"),  # made, and sold out
    ("编织袋25斤还有吗", "in_stock"),
])
def test_a_size_said_to_come_only_in_another_packing_is_not_made_in_this_one(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    rice = {"id": "rice", "name": "稻花香大米", "price": 59, "colours": ["编织袋", "真空包装"],
            "sizes": ["5斤", "10斤", "25斤"], "variant_aliases": {"真空包装": ["真空"]},
            "attributes": {"包装": "5斤和10斤有编织袋和真空包装两种,真空包装是每2.5斤一块;25斤只有编织袋"},
            "stock": {"编织袋": {"5斤": 50, "10斤": 40, "25斤": 20}, "真空包装": {"5斤": 30, "10斤": 0, "25斤": 0}}}
    part = make_engine(products=[rice]).reply(text, item_id="rice").parts[0]
    assert part.case.startswith(case) and ("25斤只有编织袋" in str(part.facts.get("note", ""))) is (case == "not_made")


@pytest.mark.parametrize(("text", "case"), [
    ("玫瑰金有46的吗", "not_made"),  # 46mm不出玫瑰金: the size said first, the colour it is not made in after
    ("46的有粉色吗", "not_made"),
    ("黑色46有吗", "sold_out"),  # made, and sold out
])
def test_a_size_said_not_to_come_in_a_colour_is_not_made_in_it(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    watch = {"id": "watch", "name": "智能手表S3", "price": 1299, "colours": ["曜石黑", "玫瑰金"],
             "sizes": ["42mm", "46mm"], "variant_aliases": {"46mm": ["46"], "42mm": ["42"], "玫瑰金": ["粉色"]},
             "attributes": {"颜色说明": "玫瑰金只有42mm，46mm不出玫瑰金"},
             "stock": {"曜石黑": {"42mm": 5, "46mm": 0}, "玫瑰金": {"42mm": 8, "46mm": 0}}}
    part = make_engine(products=[watch]).reply(text, item_id="watch").parts[0]
    assert part.case == case and ("46mm不出玫瑰金" in str(part.facts.get("note", ""))) is (case == "not_made")


def test_another_products_colour_said_of_one_a_fact_says_it_of_is_that_variant(
        make_engine: Callable[..., Engine]) -> None:
    """偏硬 is the latex mattress's colour; the spring one's 软硬度 says 20cm偏硬: 「要偏硬的1.8 有货吗」 of the
    spring one is its 20cm in 1.8x2m, in stock, not 「没有偏硬的」."""
    spring = {"id": "spring", "name": "弹簧床垫", "price": 1599, "colours": ["20cm", "25cm"],
              "sizes": ["1.5x2m", "1.8x2m"], "variant_aliases": {"1.8x2m": ["1.8"], "1.5x2m": ["1.5"]},
              "attributes": {"软硬度": "20cm偏硬,适合喜欢睡硬的;25cm软硬适中"},
              "stock": {"20cm": {"1.5x2m": 3, "1.8x2m": 5}, "25cm": {"1.5x2m": 0, "1.8x2m": 2}}}
    latex = {"id": "latex", "name": "乳胶床垫", "price": 2999, "colours": ["偏硬", "适中"], "sizes": ["1.8x2m"]}
    part = make_engine(products=[spring, latex]).reply("要偏硬的1.8 有货吗", item_id="spring").parts[0]
    assert part.intent == "stock" and part.facts["variant"] == "20cm 1.8x2m" and part.case in ("in_stock", "low_stock")


@pytest.mark.parametrize("text", ["有批次码吗", "有防伪码没", "瓶子上有溯源码吗"])
def test_a_code_the_goods_carry_is_no_size_asked(make_engine: Callable[..., Engine], text: str) -> None:
    """码 of 批次码: a perfume's batch code asked, told from its fact, not which sizes are in stock."""
    perfume = {"id": "perfume", "name": "可可小姐香水分装", "price": 42, "colours": ["喷瓶"], "sizes": ["5ml", "10ml"],
               "attributes": {"批次码": "分装瓶上没有批次码,原瓶的批次码可以拍照发您", "防伪码": "原瓶外盒有防伪码",
                              "溯源码": "原瓶外盒有溯源码"}}
    reply = make_engine(products=[perfume]).reply(text, item_id="perfume")
    assert "stock" not in reply.intents
    assert reply.intents[0] == "product"


@pytest.mark.parametrize(("text", "intents"), [
    ("鼠尾草有吗 包邮吗", {"stock", "shipping"}),  # each clause its own question
    ("包邮吗 鼠尾草还有没", {"stock", "shipping"}),
    ("英国梨有吗 多少钱", {"stock", "bargain"}),
])
def test_a_variant_asked_for_in_a_clause_of_its_own_is_answered_beside_the_other_question(
        make_engine: Callable[..., Engine], text: str, intents: set[str]) -> None:
    mini = {"id": "mini", "name": "Q版香水9ml", "price": 129, "colours": ["鼠尾草与海盐", "英国梨与小苍兰"],
            "sizes": ["9ml"], "variant_aliases": {"鼠尾草与海盐": ["鼠尾草"], "英国梨与小苍兰": ["英国梨"]},
            "stock": {"鼠尾草与海盐": {"9ml": 12}, "英国梨与小苍兰": {"9ml": 8}}}
    reply = make_engine(products=[mini]).reply(text, item_id="mini")
    assert set(reply.intents) == intents
    stock = part_of(reply, "stock")
    assert stock.case.startswith("in_stock") and ("鼠尾草与海盐" in stock.text or "英国梨与小苍兰" in stock.text)


def test_a_sold_out_case_for_a_phone_offers_only_its_other_colours_not_other_phones(
        make_engine: Callable[..., Engine]) -> None:
    """A case of another phone model fits not the buyer's phone: 磨砂黑 iPhone16Pro sold out offers 透明
    iPhone16Pro, never 磨砂黑 iPhone16 or iPhone16ProMax."""
    case = {"id": "case", "name": "磁吸手机壳", "price": 49, "colours": ["透明", "磨砂黑"],
            "sizes": ["iPhone16", "iPhone16Pro", "iPhone16ProMax"],
            "stock": {"透明": {"iPhone16": 9, "iPhone16Pro": 9, "iPhone16ProMax": 9},
                      "磨砂黑": {"iPhone16": 9, "iPhone16Pro": 0, "iPhone16ProMax": 9}}}
    reply = make_engine(products=[case]).reply("iPhone16Pro有磨砂黑吗", item_id="case", now=NOW)
    said = reply.text + reply.suggestion
    assert "透明 iPhone16Pro" in said and "iPhone16ProMax" not in said and "磨砂黑 iPhone16、" not in said


@pytest.mark.parametrize(("sizes", "offered"), [
    (["2-3.5kg", "3.5-7.5kg", "7.5-15kg", "15-30kg", "30-60kg"], False),  # a band of body weight: a dose
    (["S", "M", "L", "XL", "XXL"], True),  # sizes a person may size up or down to: the nearest offered
])
def test_a_sold_out_band_of_body_weight_offers_no_other_band(make_engine: Callable[..., Engine], sizes: list[str],
                                                             offered: bool) -> None:
    """A wormer for a 30-60kg dog sold out: its restock, never the smaller bands' dose as a stand-in."""
    chews = {"id": "chews", "name": "狗狗驱虫咀嚼片", "price": 89, "colours": ["单粒"], "sizes": sizes,
             "stock": {"单粒": {s: (0 if s == sizes[-1] else 20) for s in sizes}},
             "restock": [{"colour": "单粒", "size": sizes[-1], "date": "2026-12-15"}]}
    reply = make_engine(products=[chews]).reply(f"{sizes[-1]}的有货吗", item_id="chews", now=NOW)
    stock = part_of(reply, "stock")
    assert "12月15日" in stock.text
    assert (sizes[-2] in stock.text) is offered
    assert stock.case == ("sold_out_restock" if offered else "sold_out_restock_only")


@pytest.mark.parametrize("item", [None, "uke", "guitar"])
def test_a_budget_for_goods_of_a_kind_named_lists_those_the_budget_reaches(item: str | None) -> None:
    """「三百以内的吉他有吗」, on no page, the guitar's or a ukulele's: the guitar's 38寸 at 299元, not the
    ukuleles of the page's own kind, nor the guitar's whole range."""
    data = load_shop("snacks").model_dump()
    guitar = {"id": "guitar", "name": "民谣吉他", "category": "吉他", "price": 299, "colours": ["原木色"],
              "sizes": ["38寸", "40寸", "41寸"], "prices": {"40寸": 329, "41寸": 359}}
    uke = {"id": "uke", "name": "尤克里里", "category": "尤克里里", "price": 159, "colours": ["原木色"],
           "sizes": ["21寸", "23寸"], "prices": {"23寸": 189}}
    data["products"] = [guitar, uke]
    data["promotions"] = []
    engine = Engine(Shop.model_validate(data))
    reply = engine.reply("三百以内的吉他有吗", item_id=item, now=dt.datetime(2026, 12, 7, 10))
    part = reply.parts[0]
    assert part.facts["prices"] == "民谣吉他 38寸 299元" and "尤克里里" not in reply.text + reply.suggestion


def test_whole_metres_wanted_of_goods_priced_by_the_metre_are_held_to_the_stock(
        make_engine: Callable[..., Engine]) -> None:
    """「燕麦色2倍褶要10米」 of a curtain sold by the metre with 8 left: not enough, not 「有货」."""
    curtain = {"id": "curtain", "name": "遮光窗帘", "price": 89, "colours": ["燕麦"], "sizes": ["2倍褶"],
               "stock": {"燕麦": {"2倍褶": 8}}, "attributes": {"计价方式": "按米计价,宽度几米就拍几件"}}
    part = stock_part(ask(make_engine(products=[curtain]), "燕麦色2倍褶要10米", item="curtain"))
    assert part.case.startswith("not_enough") and part.facts["wanted"] == 10


def test_two_colours_asked_right_after_a_size_was_talked_of_are_each_told_in_that_size(engine: Engine) -> None:
    """「M码还有吗」 … 「一件黑色一件米白色 都有货吧」: both colours in M, not the first alone."""
    first = ask(engine, "M码还有吗")
    part = stock_part(ask(engine, "一件黑色一件米白色 都有货吧", conversation=first.conversation))
    assert part.case == "several" and "黑色 M码" in part.text and "米白色 M码" in part.text


def test_a_thing_asked_whether_sold_apart_that_only_comes_inside_the_product_is_not_told_in_stock(
        make_engine: Callable[..., Engine]) -> None:
    """「碧螺春有单独卖的吗」 on a sampler's page whose 内含 names 洞庭碧螺春, none of the goods called so: it is not
    sold apart, and the sampler holds it; not 「有货」."""
    sampler = {"id": "sampler", "name": "五大名茶试喝装", "aliases": ["试喝装"], "price": 39, "colours": ["五款组合"],
               "sizes": ["40g"], "stock": {"五款组合": {"40g": 30}},
               "attributes": {"内含": "西湖龙井、洞庭碧螺春、福鼎白茶各1小袋,每袋8克"}}
    reply = make_engine(products=[sampler]).reply("碧螺春有单独卖的吗", item_id="sampler", now=NOW)
    assert reply.parts[0].case == "not_sold_apart" and "单独卖" in reply.text and "有货" not in reply.text
    assert "洞庭碧螺春" in reply.text  # (the fact that holds it)


@pytest.mark.parametrize(("text", "case"), [("要5饼有货吗", "not_enough"), ("要3饼有货吗", "enough_low")])
def test_a_count_said_by_the_counting_word_of_one_variant_asks_of_that_variant(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    """「要5饼有货吗」 of a white tea sold as a 350g饼 (also called 一饼, four left) and a 30g sampler: five of the
    cakes, not enough; not the sizes it comes in."""
    cake = {"id": "cake", "name": "老寿眉饼", "price": 128, "colours": ["2019年寿眉"], "sizes": ["350g饼", "试喝装30g"],
            "variant_aliases": {"350g饼": ["一饼"]}, "prices": {"试喝装30g": 18},
            "stock": {"2019年寿眉": {"350g饼": 4, "试喝装30g": 120}}}
    part = make_engine(products=[cake]).reply(text, item_id="cake", now=NOW).parts[0]
    assert part.case == case and "350g饼" in str(part.facts.get("variant", "")) + str(part.facts.get("size", ""))


@pytest.mark.parametrize(("text", "case"), [
    ("下册啥时候有", "when_stated"),  # no variant of it; its 适用学期 says when
    ("三年级啥时候有", None),  # a variant: its own stock
])
def test_when_a_thing_a_fact_speaks_of_will_be_there_is_told_that_fact(
        make_engine: Callable[..., Engine], text: str, case: str | None) -> None:
    book = {"id": "book", "name": "数学天天练(秋季上册)", "price": 25.8, "colours": ["人教版"], "sizes": ["三年级"],
            "stock": {"人教版": {"三年级": 40}},
            "attributes": {"适用学期": "这是上册;下册预计2027年1月10日开始预售", "ISBN": "印在封底"}}
    part = make_engine(products=[book]).reply(text, item_id="book", now=NOW).parts[0]
    assert (part.case == "when_stated") == (case == "when_stated")
    assert case is None or "1月10日" in str(part.facts["note"])


@pytest.mark.parametrize(("text", "case"), [
    ("为啥没货了", "why_out"),  # why: the one fact that says so (its 季节), not the restock date alone
    ("怎么又下架了", "why_out"),
    ("混色还有吗", "sold_out_restock_only"),  # whether: the stock and its date
])
def test_why_the_goods_are_out_is_the_fact_that_says_why(make_engine: Callable[..., Engine], text: str,
                                                         case: str) -> None:
    boxers = {"id": "boxer", "name": "冰丝平角裤", "price": 89, "colours": ["混色"], "sizes": ["L"],
              "stock": {"混色": {"L": 0}}, "restock": [{"colour": "混色", "date": "2027-03-01"}],
              "attributes": {"季节": "夏季款,冬天下架,明年3月1日补货", "面料": "冰丝"}}
    part = make_engine(products=[boxers]).reply(text, item_id="boxer", now=NOW).parts[0]
    assert part.case == case
    assert case != "why_out" or part.facts["note"] == "夏季款,冬天下架,明年3月1日补货"


_LITTER = {"id": "litter", "name": "豆腐猫砂/膨润土猫砂", "aliases": ["豆腐砂", "膨润土"], "price": 39,
           "colours": ["原味豆腐砂", "绿茶豆腐砂", "膨润土砂"], "sizes": ["6L", "10L", "20kg"],
           "stock": {"原味豆腐砂": {"6L": 200, "10L": 80}, "绿茶豆腐砂": {"6L": 150, "10L": 0},
                     "膨润土砂": {"20kg": 30}}}


@pytest.mark.parametrize(("text", "case", "told", "not_told"), [
    # a word that names some of the colours: those, in the size asked, or that they do not come in it
    ("豆腐砂有20kg的吗", "no_such_size", "6L、10L", "膨润土砂"),
    ("豆腐砂有10L的吗", "size_colours", "原味豆腐砂", "膨润土砂"),
    ("有10L的吗", "size_colours", "原味豆腐砂", "绿茶豆腐砂"),  # no word of them: every colour in 10L
])
def test_a_word_naming_some_colours_asks_of_those_in_the_size_said(
        make_engine: Callable[..., Engine], text: str, case: str, told: str, not_told: str) -> None:
    part = make_engine(products=[_LITTER]).reply(text, item_id="litter", now=NOW).parts[0]
    said = " ".join(str(v) for v in part.facts.values())
    assert part.case == case and told in said and not_told not in said


@pytest.mark.parametrize(("text", "case", "size"), [
    ("金毛35kg的有货么", "sold_out_restock_only", "30-60kg"),  # its band: sold out till the 16th, no other offered
    ("10公斤的有吗", "in_stock", "7.5-15kg"),
])
def test_a_weight_said_of_goods_charted_by_weight_alone_asks_the_stock_of_its_band(
        make_engine: Callable[..., Engine], text: str, case: str, size: str) -> None:
    chew = {"id": "chew", "name": "驱虫咀嚼片", "price": 139, "colours": ["牛肉味"],
            "sizes": ["7.5-15kg", "15-30kg", "30-60kg"],
            "size_chart": [{"size": "7.5-15kg", "weight": [15, 30]}, {"size": "15-30kg", "weight": [30, 60]},
                           {"size": "30-60kg", "weight": [60, 120]}],
            "stock": {"牛肉味": {"7.5-15kg": 38, "15-30kg": 25, "30-60kg": 0}},
            "restock": [{"size": "30-60kg", "date": "2026-12-16"}]}
    reply = make_engine(products=[chew]).reply(text, item_id="chew", now=dt.datetime(2026, 12, 9, 15))
    part = next(p for p in reply.parts if p.intent == "stock")
    assert part.case == case and size in part.text


@pytest.mark.parametrize(("text", "case"), [
    ("四两公蟹多少钱 有现货吗", "in_stock"),  # a clause of its own asks the stock of the variant named before it
    ("四两母蟹多少钱 还有货吗", "sold_out"),
])
def test_stock_asked_in_a_clause_of_its_own_after_a_price_is_answered_beside_it(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    crabs = {"id": "crab", "name": "鲜活大闸蟹", "price": 238, "colours": ["公蟹", "母蟹"], "sizes": ["3两", "4两"],
             "variant_aliases": {"4两": ["四两"]},
             "stock": {"公蟹": {"3两": 60, "4两": 25}, "母蟹": {"3两": 40, "4两": 0}}}
    reply = make_engine(products=[crabs]).reply(text, item_id="crab", now=NOW)
    said = [(p.intent, p.case) for p in reply.parts]
    assert ("stock", case) in said and ("bargain", "price") in said and "238元" in reply.suggestion
    # (the variant named counts for the stock asked in the clause after the price, not only its word 现货 or 有货)
    _, decision = make_engine(products=[crabs]).read(text, item_id="crab")
    stock = next(hit for hit in decision.ranked if hit.intent == "stock")
    assert any(e.kind == "entity" and e.weight == 0.9 for e in stock.evidence)
