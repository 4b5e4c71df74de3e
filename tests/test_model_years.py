"""Whether a model and year a buyer names are among those a product's fact lists (intents/model_years.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from botcore.shop import Product
from engine import Engine
from intents.model_years import model_years

_FITS = "大众朗逸2018-2023款、大众速腾2019-2024款、丰田卡罗拉2019-2024款、本田思域2016-2021款;列表以外的做不了"
MATS = Product.model_validate({"id": "mats", "name": "汽车脚垫", "price": 368, "colours": ["黑色"], "sizes": ["全套"],
                               "attributes": {"适配车型": _FITS, "材质": "皮革"}})


@pytest.mark.parametrize(("text", "model", "year", "fits"), [
    ("有卡罗拉2020款的吗", "丰田卡罗拉", 2020, True),  # the model as buyers call it, and the year
    ("18款卡罗拉有吗", "丰田卡罗拉", 2018, False),  # two digits: 2018, before its 2019
    ("那思域呢 16年的", "本田思域", 2016, True),
    ("有木有速腾的", "大众速腾", None, None),  # no year: the years it is made for
    ("那速腾2016的呢", "大众速腾", 2016, False),  # a year right after the model, without 款
    ("速腾2020有吗", "大众速腾", 2020, True),
    ("速腾2000块的有吗", "大众速腾", None, None),  # a price, not a year
    ("2016款的有吗", None, 2016, None),  # no model: which one, the line does not say
])
def test_a_model_and_a_year_said_are_read_against_the_list(text: str, model: str | None, year: int | None,
                                                           fits: bool | None) -> None:
    found = model_years(MATS, text)
    assert found is not None and found.fact == "适配车型"
    assert (found.model, found.year, found.fits) == (model, year, fits)


def test_a_model_of_letters_is_called_with_or_without_spaces() -> None:
    cars = MATS.model_copy(update={"attributes": {"适配车型": "特斯拉Model3 2021-2024款、特斯拉ModelY 2021-2024款"}})
    for text, model, year in [("model y 23款有吗", "特斯拉ModelY", 2023), ("modely有吗", "特斯拉ModelY", None),
                              ("Model 3 2022款能用吗", "特斯拉Model3", 2022)]:
        found = model_years(cars, text)
        assert found is not None and (found.model, found.year) == (model, year), text


@pytest.mark.parametrize("text", ["黑色有吗", "多少钱", "大众的有吗", "买2件"])
def test_a_line_naming_no_listed_model_and_no_year_asks_nothing_of_the_list(text: str) -> None:
    assert model_years(MATS, text) is None  # (大众 names two of them, by no model's own name)


def test_a_year_of_the_one_model_listed_is_of_it() -> None:
    case = MATS.model_copy(update={"attributes": {"适配": "iPhone15 2023-2024年"}})
    found = model_years(case, "2022年的能用吗")
    assert found is not None and (found.model, found.fits) == ("iPhone15", False)


@pytest.mark.parametrize(("text", "case"), [
    ("有卡罗拉2020款的吗", "model_fits"),  # not the colours in stock
    ("速腾2016款的有吗", "model_not_fits"),
    ("有木有速腾的", "model_years"),
])
def test_whether_goods_made_for_listed_models_fit_is_told_not_their_stock(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    mats = MATS.model_dump() | {"stock": {"黑色": {"全套": 10}}}
    reply = make_engine(products=[mats]).reply(text, item_id="mats", now=dt.datetime(2026, 12, 3, 10))
    part = reply.parts[0]
    assert (part.intent, part.case) == ("product", case)
    assert "2019-2024款" in part.text


def test_a_model_said_in_a_piece_of_its_own_beside_a_price_asked_is_told_both(
        make_engine: Callable[..., Engine]) -> None:
    """「卡罗拉2020款 全套多少钱」: it fits, and what the set costs; not the fit alone."""
    mats = MATS.model_dump() | {"stock": {"黑色": {"全套": 10}}}
    reply = make_engine(products=[mats]).reply("卡罗拉2020款 全套多少钱", item_id="mats",
                                              now=dt.datetime(2026, 12, 3, 10))
    assert (reply.parts[0].intent, reply.parts[0].case) == ("product", "model_fits")
    assert "bargain" in reply.intents and "368" in reply.text + reply.suggestion


def test_of_two_models_whose_names_end_alike_the_one_said_at_more_length_is_asked() -> None:
    mats = MATS.model_copy(update={"attributes": {"适配车型": "日产轩逸2019-2024款、日产轩逸经典2016-2018款"}})
    classic = model_years(mats, "轩逸经典2017款有吗")
    assert classic is not None and (classic.model, classic.fits) == ("日产轩逸经典", True)
    plain = model_years(mats, "轩逸2017款有吗")
    assert plain is not None and (plain.model, plain.fits) == ("日产轩逸", False)


_TYRES = ("205/55R16适配大众朗逸2018-2024款、丰田卡罗拉2019-2024款16寸轮毂;"
          "225/45R17适配大众高尔夫2020-2024款、丰田卡罗拉2019-2024款运动版")
TYRE = MATS.model_copy(update={"attributes": {"适配车型": _TYRES}})


def test_the_first_model_of_a_group_is_read_without_the_goods_it_is_under() -> None:
    found = model_years(TYRE, "朗逸2020款能用吗")
    assert found is not None and (found.model, found.fits, found.several) == ("大众朗逸", True, ())
    assert found.goods == "205/55R16"  # the size it is under, told with the yes


def test_a_model_listed_under_two_sizes_is_told_under_each() -> None:
    found = model_years(TYRE, "卡罗拉21款运动版用哪个规格的")
    assert found is not None and found.model == "丰田卡罗拉" and found.fits
    assert found.several == ("205/55R16：丰田卡罗拉2019-2024款16寸轮毂", "225/45R17：丰田卡罗拉2019-2024款运动版")


def test_a_word_of_fitting_said_inside_an_item_takes_no_model_away() -> None:
    fits = "大众朗逸2018-2023款、丰田卡罗拉2019-2024款(运动版适用)"
    listed = MATS.model_copy(update={"attributes": {"适配车型": fits}})
    found = model_years(listed, "朗逸2020款能用吗")
    assert found is not None and (found.model, found.fits) == ("大众朗逸", True)


def test_a_model_that_fits_under_a_size_is_told_that_size(make_engine: Callable[..., Engine]) -> None:
    tyre = {"id": "tyre", "name": "浩悦4", "price": 649, "colours": ["黑色"], "sizes": ["205/55R16", "225/45R17"],
            "attributes": {"适配车型": _TYRES}}
    part = make_engine(products=[tyre]).reply("朗逸2020款能用这个吗", item_id="tyre").parts[0]
    assert (part.case, part.facts["goods"]) == ("model_fits_under", "205/55R16") and "205/55R16" in part.text


@pytest.mark.parametrize(("text", "model"), [
    ("理想L7有没有", "理想L7"),  # a brand and a code the list does not hold: not among them, a person says
    ("问界m7能用吗", "问界M7"),
    ("我要XL的", None),  # a size, no model
    ("有卡罗拉2020款的吗", None),  # listed
    ("u3的卡能用吗", None),  # no brand before the code
    ("凯美瑞有汽车脚垫吗", "凯美瑞"),  # a word said first, before the goods asked to be had for it
    ("凯美瑞能用吗", "凯美瑞"),
    ("大众的有吗", None),  # a maker the list names
    ("现在有货吗", None),  # the goods had now, no model
    ("黑色有吗", None),  # its own colour
])
def test_a_model_the_list_does_not_hold_is_said_to_be_none_of_them(text: str, model: str | None) -> None:
    found = model_years(MATS, text.lower())
    assert (found.model if found is not None and found.unlisted else None) == model


def test_a_model_the_list_does_not_hold_is_drafted_for_a_person_not_told_in_stock(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[MATS.model_dump()])
    reply = engine.reply("理想L7有没有", item_id="mats", now=dt.datetime(2026, 12, 7, 10))
    assert (reply.parts[0].case, reply.mode) == ("model_unlisted", "handoff")
    assert "理想L7" in reply.suggestion and "卡罗拉" in reply.suggestion and "有货" not in reply.text
    # its year said in the piece that asks: one question, of the model, no stock beside it
    spaced = engine.reply("理想L7 23款的有吗", item_id="mats", now=dt.datetime(2026, 12, 7, 10))
    assert [p.case for p in spaced.parts] == ["model_unlisted"]


INK = Product.model_validate({"id": "ink", "name": "803墨盒", "price": 59, "colours": ["黑色"], "sizes": ["标准"],
                              "attributes": {"适用机型": "惠普DeskJet 1111、2131、2132、2622;兄弟HL-2260D也能用"}})


@pytest.mark.parametrize(("text", "model", "listed"), [
    ("2132能用吗", "2132", True),  # a code the list holds
    ("惠普2676能用这个墨盒吗", "2676", False),  # one it does not: a person says
    ("兄弟2260d可以用不", "2260D", True),  # the list's HL-2260D, its letters and hyphen aside
    ("hl-2260d适用吗", "HL2260D", True),
    ("100ml能用吗", None, None),  # an amount, no code
    ("我1111斤能用吗", None, None),  # a weight in Chinese units, no code
    ("2132多少钱", None, None),  # no fit asked
])
def test_a_model_said_by_its_code_is_read_against_a_list_of_codes(text: str, model: str | None,
                                                                   listed: bool | None) -> None:
    found = model_years(INK, text)
    assert (found.model if found else None, found.listed_code if found else None) == (model, listed)
    assert found is None or found.unlisted is not listed


def test_a_code_after_a_series_name_and_a_space_is_listed() -> None:
    """「1020能用吗」 of 惠普HP LaserJet 1020/1018/1010/M1005: 1020 is listed (not 「不在适配表里」)."""
    drum = Product.model_validate({"id": "drum", "name": "12A硒鼓", "price": 39, "colours": ["标准版"],
                                   "sizes": ["单支装"], "attributes": {
                                       "适用机型": "惠普HP LaserJet 1020/1018/1010/M1005;佳能Canon LBP2900/3000"}})
    assert [(f.model, f.listed_code) for f in (model_years(drum, "1020能用吗"), model_years(drum, "2900能用吗"))
            if f is not None] == [("1020", True), ("2900", True)]
    unlisted = model_years(drum, "1108能用吗")
    assert unlisted is not None and unlisted.unlisted


def test_measures_in_chinese_units_make_no_list_of_codes() -> None:
    """「我130斤能用吗」 of a treadmill whose 尺寸 says 高110厘米 … 高130厘米: a weight asked, no model of a list."""
    facts = {"尺寸": "展开长145厘米宽70厘米高110厘米,折叠后高130厘米", "最大承重": "120公斤"}
    treadmill = Product.model_validate({"id": "run", "name": "跑步机", "price": 1999, "colours": ["黑色"],
                                        "sizes": ["标准"], "attributes": facts})
    assert model_years(treadmill, "我130斤能用吗") is None


TONER = Product.model_validate({"id": "toner", "name": "兼容136A硒鼓", "price": 79, "colours": ["黑色"],
                                "sizes": ["标准"], "attributes": {
                                    "兼容": "适用惠普M211d、M232dw、M236d;不适用惠普M1136、M126a(这几台用388A硒鼓)"}})


@pytest.mark.parametrize(("text", "listed", "excluded"), [
    ("我的是惠普m1136能用吗", False, True),  # one the fact says it does not fit
    ("m232dw能用吗", True, False),
    ("m1005能用吗", False, False),  # in neither: a person says
])
def test_a_model_the_list_says_it_does_not_fit_is_not_listed(text: str, listed: bool, excluded: bool) -> None:
    found = model_years(TONER, text)
    assert found is not None and (found.listed_code, found.excluded_code) == (listed, excluded)


def test_a_model_kept_off_the_list_is_told_it_does_not_fit(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[TONER.model_dump()])
    reply = engine.reply("我的是惠普m1136能用吗", item_id="toner", now=dt.datetime(2026, 12, 7, 10))
    assert (reply.parts[0].case, reply.mode) == ("model_excluded", "auto")
    assert "M1136" in reply.text and "不适用" in reply.text and "能用的" not in reply.text


def test_a_code_the_list_holds_is_told_it_fits_and_a_price_asked_beside_it_too(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[INK.model_dump()])
    reply = engine.reply("2132能用不 多少钱", item_id="ink", now=dt.datetime(2026, 12, 7, 10))
    assert [p.case for p in reply.parts][:1] == ["model_listed"] and "bargain" in reply.intents
    assert "2132" in reply.text + reply.suggestion and "59元" in reply.text + reply.suggestion


@pytest.mark.parametrize(("then", "case"), [("那2622呢", "model_listed"), ("那惠普2676呢", "model_unlisted")])
def test_another_code_said_alone_right_after_a_fit_is_read_against_the_same_list(
        make_engine: Callable[..., Engine], then: str, case: str) -> None:
    """「2132能用吗」 … 「那2622呢」: another model of the list, not an unknown for a person with nothing."""
    engine = make_engine(products=[INK.model_dump()])
    first = engine.reply("2132能用吗", item_id="ink", now=dt.datetime(2026, 12, 7, 10))
    reply = engine.reply(then, first.conversation, item_id="ink", now=dt.datetime(2026, 12, 7, 10))
    assert reply.parts[0].case == case and reply.parts[0].facts["model"] in then.upper()


def test_a_size_asked_after_a_fit_and_a_price_goes_on_with_the_price(make_engine: Callable[..., Engine]) -> None:
    ink = INK.model_dump() | {"sizes": ["70ml", "100ml"], "prices": {"100ml": 89}}
    engine = make_engine(products=[ink])
    first = engine.reply("2132能用不 多少钱", item_id="ink", now=dt.datetime(2026, 12, 7, 10))
    then = engine.reply("100ml的呢", first.conversation, item_id="ink", now=dt.datetime(2026, 12, 7, 10))
    assert then.intents == ("bargain",) and "89元" in then.text + then.suggestion
