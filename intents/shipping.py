"""shipping: when it ships (cut-off of the day, working days, national and the shop's
holidays, a pre-sale's date), which courier and at what surcharge (and where it goes),
how many days to a region, the shipping fee and free-shipping rule (on the item's own
price when it is known), regions with their own surcharge, regions not delivered to, and
Hong Kong/Macau/Taiwan. Every figure comes from the shop."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from botcore.conversation import AFTER_ORDER
from botcore.places import (
    COURIERS,
    REGION_GROUPS,
    REGIONS,
    courier_aliases,
    names_a_place,
    names_a_region,
    names_region,
)
from botcore.shop import Product, Shipping
from botcore.shop.calendar import (
    NATIONAL_HOLIDAYS,
    DaysOff,
    calendar_known,
    date_span,
    day_label,
    days_off,
    fixed_holiday,
    holiday_name,
    is_working_day,
    month_day,
    national_holiday_starts,
    next_working_day,
    ship_date,
    working_day_from,
)
from botcore.stages.days import PAST_DAY, TODAY, WEEKDAY, names_of_day
from botcore.stages.entities import Entities
from botcore.stages.numbers import COUNTERS, parse_numeral
from botcore.text import (
    CLAUSE_BREAKS,
    FACT_PARTS,
    SENTENCES,
    SMALL_PARTS,
    SUM_SAID,
    join,
    money,
    money_span,
    says,
    span,
)
from intents.asked_size import packs_of
from intents.attributes import Facts, stem_of
from intents.base import Answer, Evidence, Intent, Message, Question
from intents.goods import ADDED, of_category, owning, priced_as_said
from intents.named_days import NamedDay, day_after, day_named, fixed_day_named, surely_before_spring_festival
from intents.pointing import points
from intents.promotion_terms import own_cut
from intents.sending_days import SAME_DAY, own_cutoff, own_ship_date, sends_on

__all__ = ["ShippingQuestion", "fee_rule", "own_ship_time", "sent_to_region"]

#: A message this short that names a region ("秦皇岛", "我在湖北") is about shipping.
SHORT_MESSAGE = 8
#: A courier asked whether it is used: 「能发顺丰吗」「京东物流吗」.
_COURIER_ASK = re.compile(r"发|走|用|寄|加钱|补|能不能|可以吗|行吗|可不可以|(物流|快递)?(吗|么|嘛|不)[?？]*$")
_DAYS = re.compile(r"几天|多久|多长时间|什么时候到|哪天到|(能|会)?(快点|快一点|快些|更快)|快(吗|么|嘛|不快)"
                   r"|比[^,，。?？!！]{1,6}快")  # (顺丰能快点吗: how fast it is)
#: A courier the buyer does not want: 不要发中通, 别走韵达.
_AVOID = re.compile(r"(?:不要|别|不想要?|不用|不走|不发)(?:发|走|用|寄)?(?:的)?\s*")
#: Arriving, right after a day named: 周五能收到吗, 10号能到不.
_ARRIVES = re.compile(r"[^,，。?？!！]{0,5}?(?:能|可以|会|才能|能不能)?"
                      r"(?:收到|到货|送到|到|来得及|赶得上|赶得及|赶上|赶趟)"
                      r"[^,，。?？!！\s]{0,4}?(?:吗|么|嘛|不|吧|了吗|呢|没)")
#: Said right after a date, that the parcel is to arrive before it (12号之前能到吗): with the day or without it.
_BEFORE_IT = re.compile(r"\s*(?:之前|以前|前)"
                        r"(?=[^,，。?？!！]{0,5}?(?:能|可以|会|才能|能不能)?(?:收到|到货|送到|到|来得及))")
#: Said right before a day, that the parcel is to arrive by it: 能赶上圣诞吗, 来得及元旦吗.
_CATCHES = re.compile(r"(?:赶上|赶得上|赶得及|来得及|赶在)\s*$")
#: Said right after a day the buyer will pay on: 周四拍, 明天下单.
_PAYS = re.compile(r"\s*(?:再)?(?:拍|付款|付|下单|买)")
#: A time of day the buyer says they pay at: 晚上, 下午五点, 20:30, 晚上八点半 (今晚 too).
_PAID_AT = re.compile(r"(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上|今晚|夜里|半夜)?\s*"
                      r"(?:(?P<hour>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:点|:|：|时)(?P<minute>\d{2}|半)?)?"
                      r"(?P<before>之前|以前|前)?")
_LATE_PARTS = frozenset({"下午", "傍晚", "晚上", "今晚", "夜里"})  # an hour said after these is past noon
#: An hour said bare up to this one is in the afternoon (「5点前拍」 is 17:00).
_BARE_AFTERNOON = 7
#: Where no hour is said: 晚上 is 20:00, 夜里 23:00.
_PART_HOUR = {"中午": 12, "下午": 13, "傍晚": 18, "晚上": 20, "今晚": 20, "夜里": 23, "半夜": 23}


#: A question of the day it ships, beside a question of which courier (the answer names both).
#: A date asked, not a number of days: 「几号能到」「哪天到」「周几能收到」.
_DATE_ASKED = re.compile(r"几号|哪天|哪一天|哪日|周几|星期几|礼拜几")
_WHEN_SHIPS = re.compile(r"(今天|明天|什么时候|啥时候|几时|哪天|多久)(还|就)?(能|可以|会)?(发|寄)")

#: ... of a place asked about (到广州几天): 「换成北京呢」 next is the same of there.
_PLACE_ASKED = "place"
#: A place said as a follow-up, asking of it what was asked of the place before: 「那黑龙江呢」.
_FOLLOW_UP = re.compile(r"^(那|那么)|呢")
_PLACE_DAYS = _PLACE_ASKED + "_days"  # ... how long to it: 「那青海呢」 next asks how long to 青海
#: What a conversation remembers of a courier asked about (``Conversation.asked``): courier:顺丰.
_COURIER_ASKED = "courier:"
#: ... after its days were told too (「顺丰几天到杭州」): 「广州呢」 next asks them of another place.
_DAYS_TOO = "+days"
#: ... and of a product's own delivery area told (「为啥不发」 next is of it).
_AREA_ASKED = "area"
#: ... and of when goods the shop takes round itself come (「99朵的呢」 next asks it of that size).
_OWN_TIMES_ASKED = "own_times"
#: ... and of a question of the fee or free shipping.
_FEE_ASKED = "fee"
#: Conversation.asked after the goods' own time of sending was told (活体只在周一到周三发货).
_SHIP_TIME_TOLD = "ship_time"
# the fee told alone, with nothing of the days (「包邮吗 几天到」: the days are told after it)
_FEE_ONLY = frozenset({"fee_free", "fee_threshold", "fee_paid", "fee_free_which", "fee_threshold_which",
                       "fee_paid_which", "fee_item_free", "fee_item_paid", "fee_free_except"})
_ARRIVE_ASKED = "arrive"  # Conversation.asked after whether it arrives by a day (arrive:2026-12-11:双12前)
#: The order's fee asked in a clause of its own beside a courier asked of: 「包邮吗 发顺丰吗」.
_ORDER_FEE = re.compile(r"包邮|包油|包游|免邮|运费|邮费")
#: A bare follow-up naming another day: 「那元旦前呢」「后天呢」.
_ON_IT = re.compile(r"(那|那么)?[^,，。?？!！]{1,8}呢[?？~～]*")
#: A short line naming a courier after whether it arrives in time: 「加急呢 顺丰」「顺丰呢」「发顺丰可以吗」.
_FASTER = re.compile(r"[^,，。?？!！]{1,14}[?？~～]*")
#: A new order spoken of beside one already placed: 再拍一个, 现在买.
_BUYS_AGAIN = re.compile(r"再(?:拍|买|下)|现在(?:拍|买|下单|付)|重新(?:拍|买|下单)")
#: Whether a courier may be had, asked: 能指定韵达吗, 可以发顺丰吗.
_MAY_IT_GO = re.compile(r"指定|(?:能|可以|能不能|可不可以)(?:发|走|用|寄|换)")
#: What a conversation remembers of a holiday asked (``Conversation.asked``): holiday:春节.
_HOLIDAY_ASKED = "holiday:"


def sent_to_region(message: Message) -> str | None:
    """The region named right after 送/寄 (「送新疆吗」「寄到北京」): asked whether it goes there."""
    return next((r for r in message.entities.regions
                 if re.search(f"(?:送|寄)(?:到|去|往)?{re.escape(r)}", message.text)), None)


def fee_rule(shipping: Shipping) -> tuple[str, dict[str, object]]:
    """The shop's rule of postage: free, paid, or free from a threshold (满99元, 满3件, 满49元或3件)."""
    over, items = shipping.free_shipping_over, shipping.free_shipping_items
    if over == 0:
        return "fee_free", {}
    if over is None and items is None:
        return "fee_paid", {"base_fee": money(shipping.base_fee)}
    threshold = "或".join([*([money(over)] if over is not None else []), *([f"{items}件"] if items else [])])
    return "fee_threshold", {"threshold": threshold, "base_fee": money(shipping.base_fee)}


class ShippingQuestion(Intent):
    name = "shipping"
    rank = 90
    before_buying = True
    carries_over = ("regions", "couriers", "day")
    # 「包邮吗」 … 「那两件呢」「那3包呢」; 「发顺丰要加钱吗」 … 「两箱呢」: the courier's cost for two
    carries_after = {_FEE_ASKED: ("quantity", "sizes", "products"), _COURIER_ASKED: ("quantity", "sizes", "colours"),
                     _PLACE_ASKED: ("sizes",), _PLACE_DAYS: ("sizes",),  # 「28寸能发西藏吗」 … 「24寸呢」: there
                     _AREA_ASKED: ("sizes",),  # (「我在沈阳 能发吗」 told the goods' own rule … 「那5到6叶的呢」)
                     _OWN_TIMES_ASKED: ("sizes", "colours"),  # (「明天上午能到吗」 of flowers … 「99朵的呢」)
                     # (「现在拍啥时候发」 of live fish … 「过滤器单独拍呢」; of big trees dug first … 「大号的呢」)
                     _SHIP_TIME_TOLD: ("products", "sizes", "colours")}
    # 「能发顺丰吗」 … 「加多少钱」「那换成北京呢」; 「包邮吗」 … 「那换成新疆呢」
    # (「包邮吗」 … 「买两包呢」: the fee of two)
    continued_by = {_COURIER_ASKED: "extra_cost|another_place|why_so",
                    _FEE_ASKED: "another_place|extra_cost|days_there|more_of",
                    _PLACE_ASKED: "another_place|extra_cost|days_there", _AREA_ASKED: "why_not|another_place"}
    cases = {
        "ship_today": ("ship_day", "cutoff", "courier"),
        "ship_later": ("ship_day", "cutoff", "courier"),
        "ship_unknown": ("ship_day",),
        "today_unknown": ("year",),
        "fee_free_which": ("courier",),
        "fee_threshold_which": ("threshold", "base_fee", "courier"),
        "fee_paid_which": ("base_fee", "courier"),
        "product_ship_time": ("product", "ship_time"),
        "own_delivery": ("product", "terms"),
        "own_same_day": ("product", "cutoff", "done"),
        "own_same_day_passed": ("product", "cutoff", "ship_day", "ship_time"),
        "own_paid_late": ("product", "paid_at", "cutoff", "ship_day", "ship_time"),
        "own_day_off": ("product", "ship_day", "ship_time"),
        "own_weekday_off": ("product", "ship_day", "ship_time"),
        "ship_day_courier": ("ship_day", "cutoff", "courier", "surcharge"),
        "ship_day_courier_free": ("ship_day", "cutoff", "courier"),
        "paid_late": ("paid_at", "ship_day", "cutoff", "courier"),
        "ordered_before": ("weekday",),
        "order_pending": (),
        "arrive_yes": ("weekday", "ship_day", "days", "region"),
        "arrive_no": ("weekday", "ship_day", "days", "region"),
        "arrive_maybe": ("weekday", "ship_day", "days", "region"),
        "arrive_unknown": ("weekday", "ship_day"),
        "region_days_unknown": ("region", "ship_day"),
        "days_unknown": ("ship_day",),
        "road_days_unknown": ("region",),
        "arrive_paid_yes": ("paid", "cutoff", "weekday", "ship_day", "days", "region"),
        "arrive_paid_no": ("paid", "cutoff", "weekday", "ship_day", "days", "region"),
        "arrive_paid_maybe": ("paid", "cutoff", "weekday", "ship_day", "days", "region"),
        "weekday_unknown": ("weekday",),
        "weekday_yes": ("weekday", "cutoff"),
        "weekday_no": ("weekday", "ship_day"),
        "weekday_no_own": ("weekday", "product", "ship_time"),
        "weekend_yes": ("saturday_cutoff", "sunday_cutoff"),
        "weekend_saturday": ("saturday_cutoff", "ship_day"),
        "weekend_sunday": ("sunday_cutoff",),
        "weekend_no": ("ship_day",),
        "courier_default": ("courier", "couriers"),
        "courier_only": ("courier",),
        "courier_ok": ("courier",),
        "courier_surcharge": ("courier", "surcharge"),
        "courier_free_over": ("courier", "surcharge", "free_over"),
        "courier_free_over_reached": ("courier", "free_over", "price"),
        "courier_free_over_short": ("courier", "surcharge", "free_over", "price"),
        "remote_fee": ("region", "surcharge", "total"),
        "remote_fee_courier": ("region", "surcharge", "courier", "courier_surcharge", "total"),
        "region_surcharge_fee": ("region", "surcharge"),
        "courier_ok_except": ("courier", "except"),
        "courier_surcharge_except": ("courier", "surcharge", "except"),
        "courier_ok_days": ("courier", "days"),
        "courier_some_regions": ("courier", "regions", "surcharge"),
        "courier_surcharge_days": ("courier", "surcharge", "days"),
        "courier_no": ("courier", "couriers"),
        "remote_courier": ("region", "surcharge", "courier", "courier_surcharge", "days"),
        "courier_not_there": ("courier", "region", "regions", "couriers"),
        "courier_not_for_product": ("product", "courier", "couriers"),
        "courier_usual_for_product": ("product", "courier", "couriers"),
        "courier_refused": ("product", "courier", "terms"),
        "option_ship_time": ("ship_time",),
        "courier_avoid": ("courier", "couriers"),
        "courier_product": ("product", "courier"),
        "own_terms": ("product", "terms"),
        "courier_product_surcharge": ("product", "courier", "surcharge"),
        "no_delivery": ("region",),
        "abroad": (),
        "service_unknown": (),
        "no_rush": (),
        "presale": ("product", "ship_date"),
        "sold_out": ("product",),
        "sold_out_restock": ("product", "restock_date"),
        "sold_out_restock_own": ("product", "restock_date", "ship_time"),
        "sold_out_restock_days": ("product", "restock_date", "region", "days"),
        "sold_out_besides": ("product",),
        "sold_out_besides_restock": ("product", "restock_date"),
        "fee_item_free": ("product", "price", "threshold"),
        "region_free": ("region", "days"),
        "region_threshold": ("region", "days", "threshold", "base_fee"),
        "region_paid": ("region", "days", "base_fee"),
        "fee_item_paid": ("product", "price", "threshold", "base_fee"),
        "delivery": ("region", "days", "ship_day"),
        "delivery_dates": ("region", "days", "ship_day", "dates"),
        "delivery_dates_paid": ("paid", "cutoff", "region", "days", "ship_day", "dates"),
        "delivery_day_unknown": ("region", "days", "ship_day"),
        "delivery_own": ("product", "ship_time", "region", "days"),
        "delivery_own_by": ("product", "ship_time", "region", "days", "latest", "by"),
        "delivery_default_own_by": ("product", "ship_time", "days", "latest", "by"),
        "promotion_delay": ("promotion_name", "note"),
        "product_area": ("product", "area", "region"),
        "product_areas": ("product", "area"),
        "areas_all": (),
        "areas_except": ("regions",),
        "delivery_default_own": ("product", "ship_time", "days"),
        "delivery_default": ("days", "ship_day"),
        "delivery_default_dates": ("days", "ship_day", "dates"),
        "delivery_default_dates_paid": ("paid", "cutoff", "days", "ship_day", "dates"),
        "delivery_default_day_unknown": ("days", "ship_day"),
        "fee_free_except": ("regions",),
        "fee_free": (),
        "fee_threshold": ("threshold", "base_fee"),
        "fee_paid": ("base_fee",),
        "fee_free_courier": ("product", "courier", "surcharge"),
        "fee_threshold_courier": ("product", "courier", "surcharge", "threshold", "base_fee"),
        "fee_paid_courier": ("product", "courier", "surcharge", "base_fee"),
        "remote": ("region", "surcharge", "total", "days"),
        "region_surcharge": ("region", "surcharge", "days"),
        "remote_free": ("region", "days"),
        "special": ("region", "fee", "courier", "days"),
        "special_no": ("region",),
        "origin": ("origin",),
        "days_off": ("holiday", "dates", "last_ship", "cutoff", "resume"),
        "days_off_now": ("holiday", "last", "resume"),
        "days_off_missed": ("holiday", "dates", "resume"),
        "days_off_unknown": ("holiday",),
        "days_off_fixed": ("holiday", "dates"),
        "days_off_unknown_own": ("holiday", "dates"),
        "days_off_own": ("holiday", "dates"),
        "days_off_none": ("cutoff",),
        "holiday_open": ("holiday",),
    }

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        e = message.entities
        couriers = () if self.rules.excluded(message.text) else e.couriers  # (京东 of 京东自营: no courier)
        if couriers and _COURIER_ASK.search(message.text):
            return [Evidence("entity", f"{join(couriers)}+问能不能发", 0.9)]
        sent_to = sent_to_region(message)
        barred = self.rules.barred(message.text) if sent_to is not None else []
        if sent_to is not None and any(start <= message.text.find(sent_to) < end for start, end in barred):
            sent_to = None  # (「江苏领的 寄到上海能用吗」: whether what was claimed may be used there, its terms)
        if sent_to is not None:  # 「送新疆吗」: whether it goes there, not a gift asked for
            return [Evidence("entity", f"送{sent_to}", 0.95)]
        if e.regions and not matched and not couriers and self.rules.excluded(message.text):
            return []  # (「南通下雪没」: the weather there, chatted of)
        if couriers or (e.regions and (matched or len(message.text) <= SHORT_MESSAGE)):
            return [Evidence("entity", join((*e.regions, *couriers)), 0.6)]
        return []

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """「蛋挞今天能送吗」 of goods the shop takes round itself (只做同城配送,不发快递): when it goes,
        asked before buying, not a parcel to trace; so too of goods whose facts give the times the shop
        takes them round (配送时段, 当天15点前付款可以当天送到), though a courier sends them elsewhere."""
        if not _TAKEN_ROUND.search(message.text):
            return []
        if _by_no_courier(product):
            return [Evidence("attribute", "不发快递,自己配送", 0.95)]
        if any(_SLOT_KEY.search(key) or (_OWN_TIME_KEY.search(key) and SAME_DAY.search(value))
               for key, value in product.attributes.items()):
            return [Evidence("attribute", "自己配送的时间", 0.95)]
        return []

    def answer(self, question: Question) -> Answer:
        """The answer, remembering the region the buyer named: 「我在新疆」 then 「几天到」
        is answered for 新疆. What else the line asks follows: the days after the fee (「包邮吗 几天到」),
        the courier after the days (「几天到 发什么快递」)."""
        entities = question.message.entities
        if (question.conversation.asked or "").startswith(_PLACE_ASKED) and question.conversation.region \
                and not entities.regions and (entities.sizes or entities.colours):
            # 「28寸能发西藏吗」 … 「24寸呢」: that size sent to the same place
            question = _with_entities(question, dataclasses.replace(entities, regions=(question.conversation.region,)))
        text, also = question.message.text, []
        # 「几天能到乌鲁木齐」 … 「那青海呢」: how long to 青海, asked on
        asked_now = self.rules.topic(entities.unnamed(text), "abroad", "origin", "fee", "delivery", "courier",
                                     "ship_time")
        days_on = question.conversation.asked == _PLACE_DAYS and bool(entities.regions) and asked_now is None
        # 「新疆包邮吗」 told its fee … 「那黑龙江呢 几天能到」: the fee there too, the days beside (below)
        fee_on = question.conversation.asked == _PLACE_ASKED and bool(entities.regions) \
            and asked_now in (None, "delivery") and _FOLLOW_UP.search(text) is not None
        answer = self._told(question, "delivery" if days_on else "fee" if fee_on else None)
        if question.conversation.after_sale == AFTER_ORDER and "ship_day" in self.cases.get(answer.case, ()) \
                and not _BUYS_AGAIN.search(text):
            # 「上周五买的还没发货」 … 「到底什么时候发」: that order, which a person looks up, not a new one's day
            return Answer("order_pending", handoff=True, actions=({"type": "flag", "reason": "logistics"},))
        if answer.case in _FEE_ONLY and self.rules.topic(text, "delivery"):
            days = self._told(question, "delivery")
            if days.case.startswith("delivery"):
                also.append(days)
        elif answer.case in _FEE_ONLY and self.rules.topic(entities.unnamed(text), "ship_time"):
            sent = self._told(question, "ship_time")  # 「包邮不 今天能发吗」: what it costs, and the day it leaves
            if "ship_day" in self.cases.get(sent.case, ()) or sent.case.startswith("ship_"):
                also.append(sent)
        if answer.case in ("origin", "own_terms") and not question.message.entities.regions \
                and self.rules.topic(text, "origin") and self.rules.topic(text, "delivery"):
            # 「从哪里发货 几天到」: where it leaves from, and the days on the road (the product's own, where said)
            days = self._told(question, "delivery")
            if days != answer:
                also.append(days)
        if answer.case == "origin" and self.rules.topic(entities.unnamed(text), "fee"):
            fee = self._told(question, "fee")  # 「从哪发 包邮吗」: where it leaves from, and what it costs
            if fee.case in _FEE_ONLY:
                also.append(fee)
        if answer.case.startswith("delivery") and question.message.entities.regions and self.rules.topic(
                text, "origin") and (origin := self._told(_with_entities(question, dataclasses.replace(
                    question.message.entities, regions=())), "origin")).case == "origin":
            # 「你们哪里发货 到北京几天」: where it leaves from, then the days (「那上海呢」 next: its days)
            answer = dataclasses.replace(origin, remember={**origin.remember, **answer.remember},
                                         also=(dataclasses.replace(answer, also=()), *answer.also))
        if answer.case in ("origin", "own_terms") and self.rules.topic(text, "service") \
                and (service := _service_told(question)).facts != answer.facts:
            also.append(service)  # 「在哪里发货 能自提吗」: the second, the goods' words or a person's (not twice)
        if answer.case == "courier_product" and (asked := _cost_of_courier_asked(text, entities.couriers)):
            # 「发什么快递 顺丰要加钱吗」 of goods sent by 顺丰 alone: that, and what 顺丰 costs more (its clause alone)
            fee = self._told(question.asking(asked))
            if fee.case.startswith("courier") and fee.case != answer.case:
                also.append(fee)
        if answer.case.startswith("courier") and self.rules.topic(text, "service"):
            also.append(_service_told(question))  # 「发的快递还是物流 要自己去提吗」: 送货上门, where its fact says so
        if answer.case.startswith("courier") and question.message.entities.couriers and any(
                _ORDER_FEE.search(clause) and not any(c in clause for c in question.message.entities.couriers)
                for clause in CLAUSE_BREAKS.split(text)):
            # 「包邮吗 发顺丰吗」: the order's fee too, not the courier's surcharge alone
            entities = dataclasses.replace(question.message.entities, couriers=())
            fee = self._told(_with_entities(question, entities), "fee")
            if fee.case in _FEE_ONLY:
                also.append(fee)
        couriers = question.message.entities.couriers
        if answer.case.startswith("courier") and len(couriers) >= 2 and couriers[0] in answer.facts.values():
            for other in couriers[1:3]:  # 「发顺丰还是京东的」: each courier asked, whether it goes
                entities = dataclasses.replace(question.message.entities, couriers=(other,))
                told = self._told(_with_entities(question, entities))
                if told.case.startswith("courier") and other in told.facts.values():
                    also.append(told)
        if answer.case in ("ship_today", "ship_later") and (later := _later_day(question)) is not None:
            also.append(self._told(later, "ship_time"))  # 「今天能发吗 明天周六发不发」: that day's too
        if self.rules.topic(text, "which_courier") and not question.message.entities.couriers \
                and not any("courier" in self.cases[told.case] for told in (answer, *also)):
            also.append(_which_courier(question))
        if _SHIP_DAY_TOLD & set(self.cases.get(answer.case, ())) and _only_remembered(question) \
                and (out := _sold_out(question, question.now.date())) is not None:
            # 「灰色110有吗」 told sold out, then 「今天能发吗」: the shop's day for what is in stock, and not that one
            label, back = out
            also.append(Answer("sold_out_besides_restock", {"product": label, "restock_date": month_day(back)})
                        if back is not None else Answer("sold_out_besides", {"product": label}))
        if any("ship_day" in self.cases.get(told.case, ()) for told in (answer, *also)) \
                and (delay := _promotion_delay(question)) is not None:
            also.append(delay)  # 「今天拍什么时候发」 in 双12狂欢, whose terms say 发货可能延迟到付款后48小时内
        told = dataclasses.replace(answer, also=(*answer.also, *also)) if also else answer
        told = _special_as_said(_days_unsaid(told, self.rules.topic(text, "delivery") is not None), text)
        if "asked" not in told.remember and any("region" in part.facts for part in (told, *told.also)):
            # 「几天能到」 of the place told before is of it too: 「24寸呢」 next asks the same of that size
            told = dataclasses.replace(told, remember={**told.remember, "asked": _place_asked(told)})
        return told

    def _told(self, question: Question, topic: str | None = None) -> Answer:
        answer = self._answer(question, topic)
        shipping, today = question.shop.shipping, question.now.date()
        day = _leaves(question)
        # (a day it cannot arrive by, the ship day counted as early as it may be, stays a no: 「1月3号能到吗」 on
        # 12-31, nothing leaving before 1月4日 whatever days off the year brings)
        if not calendar_known(day, shipping) and "ship_day" in self.cases.get(answer.case, ()) \
                and answer.facts.get("ship_day") == day_label(day, today) \
                and answer.case not in ("arrive_no", "arrive_paid_no"):
            # the next ship day falls in a year whose national days off are not published (2027 from
            # late December, or today in it): it is not promised, a person confirms; the days on the
            # road and the fees are known all the same
            if answer.case in ("delivery", "delivery_default"):
                answer = Answer(f"{answer.case}_day_unknown", answer.facts, answer.remember, handoff=True)
            else:
                unknown = {"ship_day": answer.facts["ship_day"]} if day != today else {"year": f"{today.year}年"}
                answer = Answer("ship_unknown" if day != today else "today_unknown", unknown, answer.remember,
                                handoff=True)
        within = answer.facts.get("within")
        if answer.case in ("delivery", "delivery_default") and isinstance(within, tuple) \
                and _DATE_ASKED.search(question.message.text) and _presale(question, today) is None:
            # 「几号能到北京」: the days it may arrive, counted from the day it leaves (couriers deliver all week)
            leaves = answer.facts.get("leaves")
            dates = _arriving(leaves if isinstance(leaves, dt.date) else day, within)
            paid = "_paid" if isinstance(leaves, dt.date) else ""  # 「31号拍的几号到」: paid that day, not now
            answer = Answer(f"{answer.case}_dates{paid}", {**answer.facts, "dates": dates}, answer.remember)
        elif answer.case in ("remote", "region_surcharge") and isinstance(within, tuple) \
                and "ship_day" in answer.facts and _DATE_ASKED.search(question.message.text) \
                and _presale(question, today) is None:
            # 「几号能到」 of 西藏: the dates it may arrive, then what it costs to send there
            fee = Answer(f"{answer.case}_fee", {k: answer.facts[k] for k in ("region", "surcharge", "total")
                                                if k in answer.facts})
            answer = Answer("delivery_dates", {**answer.facts, "dates": _arriving(day, within)}, answer.remember,
                            also=(*answer.also, fee))
        terms = _own_terms(question)
        if terms is not None and (split := _place_split(question)) is not None:
            # 「徐汇能送吗」 of flowers whose 配送方式 says 上海外环以内…骑手同城配送;上海外环外…发顺丰: which one
            # the spot is in, a person says, with both
            return Answer("own_terms", {"product": terms[0], "terms": split}, answer.remember, handoff=True)
        if terms is not None and not answer.case.startswith("arrive_") \
                and (any(k in self.cases.get(answer.case, ()) for k in ("days", "surcharge", "base_fee"))
                     # (乡镇改发安能物流,3到6天到: the courier asked goes after all, in the product's words)
                     or (answer.case in ("courier_not_for_product", "courier_usual_for_product")
                         and any(c in terms[1] for c in question.message.entities.couriers))):
            # 「发新疆吗 几天到」 of a rod whose 配送方式 says 新疆只能走EMS,8到12天到: that, not the shop's days
            # and fees; a fee asked that those words do not price, a person adds
            # (包邮(新疆、西藏除外) asked of 新疆 prices nothing there: the shop's own fee for it)
            # (a courier's difference the words put a sum on, 只走顺丰,要补顺丰差价10元, prices no region's fee)
            fee_unsaid = topic != "delivery" and self.rules.topic(question.message.text, "fee") is not None \
                and (not _PRICED.search(_COURIER_GAP.sub("", terms[1]))
                     or _not_free_to(terms[1], _region_said(question)))
            if fee_unsaid and "base_fee" in self.cases.get(answer.case, ()) \
                    and not any(c in terms[1] for c in COURIERS) and not _NOT.search(terms[1]):
                # 「运费多少」 of crabs whose own words say only how long 东北三省 takes: the shop's own fee
                return answer
            if topic != "delivery" and answer.case.startswith("courier_surcharge") \
                    and not _PRICED.search(_OWED.sub("", terms[1])):
                # 「发顺丰要加多少」 of a ukulele whose 配送方式 says 可以补差价发顺丰 and no sum: the shop's 顺丰 fee
                return answer
            if fee_unsaid and answer.case in ("remote", "region_surcharge"):
                # 「新疆运费多少」 of a power bank whose 配送方式 says only how long 新疆 takes: that, and the
                # shop's own fee for the region (偏远地区另补10元)
                fee = Answer(f"{answer.case}_fee", {k: answer.facts[k] for k in ("region", "surcharge", "total")
                                                    if k in answer.facts})
                alone = [c for c in question.shop.shipping.couriers if c.surcharge and c.name in terms[1]
                         and re.search(_ALONE + re.escape(c.name), terms[1]) and not _refuses(terms[1], c.name)]
                if fee.case == "remote_fee" and len(alone) == 1 and (total := _yuan(fee.facts["total"])):
                    # (新疆、西藏只能走EMS: the region's fee, and EMS's surcharge on top, 26 + 10)
                    fee = Answer("remote_fee_courier", {
                        **fee.facts, "courier": alone[0].name, "courier_surcharge": money(alone[0].surcharge),
                        "total": money(total + alone[0].surcharge)})
                return Answer("own_terms", {"product": terms[0], "terms": terms[1]}, answer.remember, also=(fee,))
            told = Answer("own_terms", {"product": terms[0], "terms": terms[1]}, answer.remember, draft=fee_unsaid)
            if (topic or self.rules.topic(question.message.text, "fee", "delivery")) == "delivery" \
                    and not _ROAD_DAYS.search(terms[1]) and "days" in answer.facts and "region" in answer.facts:
                # 「几天能到乌鲁木齐」 of a bike whose own fact prices 新疆 alone: that, then the days on the road
                # (from the day it leaves: a pre-sale's own, else the shop's next)
                days = {k: answer.facts[k] for k in ("region", "days")} | {
                    "ship_day": answer.facts.get("ship_day", day_label(day, today))}
                return dataclasses.replace(told, also=(Answer("delivery", days),))
            return told
        if answer.case == "delivery_default" and (road := _own_road_days(question.product)) is not None:
            # 「几天到」 with no place, of succulents whose 配送方式 says 全国大部分地区都能发,一般3到5天到: that
            return Answer("own_terms", {"product": road[0], "terms": road[1]}, answer.remember)
        found = own_ship_time(question.product, _of_said(question), _away(question)) or _kind_ship_time(question)
        own, beside = _as_usual(question, found)
        if found is not None and own is None:
            # 「今天还能发吗」 of frames whose 发货时间 says 单镜框是现货,按店铺的发货时间发;配镜片的…3到5个工作日发货:
            # the shop's own day by its cut-off, and the orders that take longer told beside it
            if beside and "ship_day" in self.cases.get(answer.case, ()):
                answer = dataclasses.replace(answer, also=(*answer.also, Answer("option_ship_time",
                                                                                {"ship_time": beside})))
        elif own is not None and "ship_day" in self.cases.get(answer.case, ()) \
                and answer.facts.get("ship_day") == day_label(day, today) and _presale(question, today) is None:
            # a sofa made in 7 days does not leave 今天 by the cut-off
            answer = _own_time(answer, *own, question.now, shipping, TODAY.search(question.message.text) is not None,
                               _variant_names(question.product) if question.product is not None else (),
                               _paid_at(question.message.text))
        elif own is None and "ship_day" in self.cases.get(answer.case, ()) and _presale(question, today) is None \
                and (option := _option_ship_time(question.product, question.message.entities.quantity
                                                 or question.conversation.quantity)) is not None:
            # 「今天能发吗」 of a ring whose 刻字 fact says 刻字款付款后第3个工作日发货: the day, and that way's own
            answer = dataclasses.replace(answer, also=(*answer.also, Answer("option_ship_time", {"ship_time": option})))
            if _so_many(option, question.message.entities.quantity or question.conversation.quantity):
                # (「一个班45个人」 … 「20号前能到吗」 of 30套以上的班级团购付款后5到7天发完: not 今天, a person counts)
                answer = dataclasses.replace(answer, draft=True)
        elif own is not None and answer.case in _FAR_CASES and _DAYS.search(question.message.text) \
                and _presale(question, today) is None:
            # 「到包头要多久」 of a bed made in 15-25 days: that first, then the region's fee and days on the road
            answer = Answer("product_ship_time", {"product": own[0], "ship_time": own[1]}, answer.remember,
                            also=(answer,))
        if found is not None and question.product is not None and "asked" not in answer.remember \
                and answer.case in _SHIP_DAY_CASES and _of_variants(question.product, found[1]):
            # (「今天拍啥时候发」 told 大号1.6米的…付款后3天内发出: 「大号的呢」 next asks it of that size)
            answer = dataclasses.replace(answer, remember={**answer.remember, "asked": _SHIP_TIME_TOLD})
        if not question.message.entities.regions:
            return answer
        # 「换成北京呢」 next asks the same of another place (the pipeline keeps the region told); after the
        # shop's own fee rule told for it (广东满99包邮), 「买两包呢」 asks that fee of two as well
        priced = answer.case in ("region_threshold", "region_free", "region_paid")
        asked = _FEE_ASKED if priced else _place_asked(answer)
        return dataclasses.replace(answer, remember={"asked": asked, **answer.remember})

    def _answer(self, question: Question, topic: str | None = None) -> Answer:
        """The answer to ``topic``, else to the first the line asks."""
        shipping = question.shop.shipping
        text, entities = question.message.text, question.message.entities
        today = question.now.date()
        day = _leaves(question)
        facts: dict[str, object] = {
            "ship_day": day_label(day, today),
            # the cut-off of the day it ships: today's (12:00 on a Saturday) while today still ships,
            # else the next ship day's (Monday's 17:00, not Sunday's 12:00, after Sunday's has passed)
            "cutoff": shipping.cutoff_on(day).strftime("%H:%M"),
            "courier": _couriers_for(question)[0],
        }
        topic = topic or self.rules.topic(entities.unnamed(text), "abroad", "origin", "fee", "delivery", "courier",
                                          "ship_time")
        if topic == "courier" and not entities.couriers and _WHEN_SHIPS.search(text):
            topic = "ship_time"  # 「今天能发吗 发什么快递」: the day, which says the courier too
        before = question.conversation.asked or ""
        if topic is None and before == _FEE_ASKED and (entities.quantity or entities.regions or entities.sizes
                                                       or entities.colours or entities.products):
            topic = "fee"  # 「包邮吗」 … 「那两件呢」「那新疆呢」「那3包呢」「和老花镜一起买呢」: the fee again
        if topic is None and not before.startswith(_COURIER_ASKED) and self.rules.topic(text, "extra_cost") and (
                before == _FEE_ASKED or entities.regions or question.conversation.region):
            topic = "fee"  # 「新疆包邮吗」「包邮吗」「我在哈尔滨」 … 「加多少钱」: what it, or that place, costs more
        if topic == "abroad":  # the shop file speaks of China only: a person says whether it ships abroad
            return Answer("abroad", handoff=True)
        if not self.rules.topic(text, "days_off_asked") and (delivered := _delivered_by_itself(question, topic)):
            # 「今天能送吗」「包邮吗」「滨江能送吗」 of a cake the shop takes round itself (not 「元旦送吗」: days off)
            return delivered
        if (slots := _slots_asked(question)) is not None:
            return slots  # 「能指定晚上7点送到吗」 of flowers whose 配送时段 says 18:00-21:00: that fact
        if (spot := _spot_asked(question)) is not None:
            return spot  # 「瑞金医院能送吗」 of flowers whose 配送范围 says 骑手只送上海外环以内: that, for a person
        if (topic is None and self.rules.topic(text, "service")) or self.rules.topic(text, "later"):
            if (named_later := _named_ship_time(question.product, text)) is not None:
                # 「刻字要晚几天发」: what the fact named says of it (刻字的订单要比正常晚2天发货)
                return Answer("product_ship_time", {"product": named_later[0], "ship_time": named_later[1]})
            # 「冰箱送货上门吗」「冷链发吗」「可以指定日子送吗」「过几天再发」: the goods' words of it, else a person
            return _service_told(question)
        if topic in (None, "ship_time") and self.rules.topic(text, "no_rush"):  # 「不急 慢慢发」
            return Answer("no_rush")
        by_day = fixed_day_named(text, today)
        if self.rules.topic(text, "days_off_asked") and topic not in ("fee", "origin") and not (
                by_day is not None and _ARRIVES.match(text, by_day.end)):  # 「春节发货吗」, not 「元旦前能到吗」
            named_holidays = [name for name in NATIONAL_HOLIDAYS if self.rules.topic(text, name)]
            if not named_holidays and before.startswith(_HOLIDAY_ASKED):  # 「春节发货吗」 … 「几号恢复发货」
                named_holidays = [before.removeprefix(_HOLIDAY_ASKED)]
            answer = _days_off(shipping, question.now, named_holidays)
            if named_holidays == ["春节"] and answer.case.startswith("days_off_unknown") \
                    and _ARRIVAL_ASKED.search(text) is not None:
                # 「发广州过年前能到吗」 in December, the year's calendar not out: it arrives before 21 January,
                # the earliest the Spring Festival falls, so before it whatever the year's dates
                by = _arrives_by(shipping, question, surely_before_spring_festival(today), _region_said(question))
                if by.case.endswith("yes"):
                    return by
            starts = national_holiday_starts(named_holidays[0], today) \
                if len(named_holidays) == 1 and _ARRIVAL_ASKED.search(text) is not None else None
            if starts is not None and not answer.case.startswith("days_off_unknown"):
                # 「中秋前能到吧」: by the day before it begins (2026年9月25日), counted from today
                before_it = starts - dt.timedelta(days=1)
                by_then = NamedDay(before_it, f"{named_holidays[0]}前({month_day(before_it)})", 0, 0)
                return _arrives_by(shipping, question, by_then, _region_said(question))
            if question.product is not None and (of_holiday := _holiday_fact(question.product, named_holidays)):
                # 「春节前还发货吗」 of goods whose 春节发货 says 最后发货日是1月28日…: that, not the shop's days off
                # (「过年前能到上海吗」: whether it arrives, a person counts from it: drafted)
                answer = Answer("own_terms", {"product": question.product.name, "terms": of_holiday},
                                draft=_ARRIVAL_ASKED.search(text) is not None)
            if len(named_holidays) == 1:
                return dataclasses.replace(answer, remember={"asked": _HOLIDAY_ASKED + named_holidays[0]})
            return answer
        region = _region_said(question)
        if topic == "fee" and before == _FEE_ASKED and entities.quantity and not entities.regions \
                and region is not None and not REGIONS[region].special and shipping.delivers_to(region) \
                and shipping.surcharge_for(region) == 0 and region not in shipping.remote_regions:
            return self._fee(question)  # 「广东包邮吗」 … 「买两包呢」: the rule is the shop's, for two of them
        said_day = day_named(text, today)
        named = said_day or fixed_day_named(text, today)
        if named is None and before.startswith(_ARRIVE_ASKED + ":") and _ON_IT.fullmatch(text) and entities.regions:
            # 「双12前能到哈尔滨吗」 … 「那到北京呢」: by the same day, to the other place
            _, date, words = before.split(":", 2)
            named = NamedDay(dt.date.fromisoformat(date), words, len(text), len(text))
        if named is None and before.startswith(_ARRIVE_ASKED + ":") and len(entities.couriers) == 1 \
                and _FASTER.fullmatch(text) and (terms := shipping.courier(entities.couriers[0])) is not None \
                and (region is None or (not REGIONS[region].special and shipping.delivers_to(region))):
            # 「6号结婚 发广东能到吗」 … 「加急呢 顺丰」: by the same day, by that courier, and what it costs more
            _, date, words = before.split(":", 2)
            by = _arrives_by(shipping, question, NamedDay(dt.date.fromisoformat(date), words, len(text), len(text)),
                             region, courier=terms.name)
            if _MAY_IT_GO.search(text):  # 「能指定韵达吗」: whether it may, then by the same day by it
                may = self._courier(shipping, terms.name, region)
                return dataclasses.replace(may, also=(*may.also, by), remember=by.remember)
            more = (Answer("courier_surcharge", {"courier": terms.name, "surcharge": money(terms.surcharge)}),) \
                if terms.surcharge else ()
            return dataclasses.replace(by, also=(*by.also, *more))
        if named is not None and named.date < today and topic in (None, "ship_time", "delivery") \
                and PAST_DAY.search(text):  # 「昨天拍的什么时候到上海」: an order placed, a person looks (no 今天发)
            return Answer("ordered_before", {"weekday": named.said}, handoff=True)
        pays_on = None
        if named is not None and named.date >= today and _PAYS.match(text, named.end):  # 「周四拍周五能到吗」
            later = day_after(text, named, today)
            if later is not None and later.date >= named.date:  # (「平安夜下单 圣诞能到吗」; 「今天拍元旦前」 on 12-31)
                pays_on, named = named, later
        elif named is not None and named.date == today and not _ARRIVES.match(text, named.end):
            # 「今天发吗 明天平安夜能到上海不」: the arrival asked of the later day, after today's shipping
            later = day_after(text, named, today)
            if later is not None and later.date > today and _ARRIVES.match(text, later.end):
                named, said_day = later, None
        occasion = self.rules.topics["occasion"]
        unnamed = text if named is None else text[:named.start] + " " * (named.end - named.start) + text[named.end:]
        earlier = day_named(unnamed, today) or fixed_day_named(unnamed, today)
        if earlier is None or not occasion.match(text, earlier.end):
            earlier = _occasion_day(text, today, occasion)  # 「我12号去四川爬山 冲锋衣跟登山鞋今天拍能到吗」
        if named is not None and pays_on is None and earlier is not None and earlier.end <= named.start \
                and earlier.date > named.date and occasion.match(text, earlier.end) \
                and _ARRIVES.search(text, named.end) is not None:
            # 「我12号去四川爬山 今天拍能到吗」: by the day of the trip, paid on the day said after it
            pays_on = named if _PAYS.match(text, named.end) else None
            named, said_day = earlier, None
        said_before = _BEFORE_IT.match(text, named.end) \
            if named is not None and named.date > today + dt.timedelta(days=1) else None
        if named is not None and said_before is not None:
            # 「12号之前能到北京吗」: said to be sure by the 11th, said not to make it only where the 12th is missed
            # too (buyers mean either; a holiday's own 前 is in its name, 「双十二前」: by the 11th)
            named = NamedDay(named.date, f"{named.said}前", named.start, said_before.end())
        # (「圣诞前能到吗」 on the 24th, 「今天能送到吗」: by today, which no parcel paid now makes)
        by_today = named is not None and named.date == today and (
            said_day is None or pays_on is not None or _ARRIVES.match(text, named.end) is not None)
        if named is not None and (named.date > today or by_today) \
                and (_ARRIVES.match(text, named.end) or _CATCHES.search(text, 0, named.start)  # 「能赶上圣诞吗」
                     or (before.startswith(_ARRIVE_ASKED) and _ON_IT.fullmatch(text))
                     or (occasion.match(text, named.end)  # 「8号生日 现在拍能到上海吗」
                         and _ARRIVES.search(text, named.end) is not None)) \
                and (region is None or (not REGIONS[region].special and shipping.delivers_to(region))):
            return _arrives_by(shipping, question, named, region, pays_on,  # 「周五能收到吗」
                               before=said_before is not None)
        if pays_on is None and named is not None and named.date > today and _PAYS.match(text, named.end) \
                and topic == "delivery":  # 「31号拍的几号到上海」: the days counted from the day it is paid
            leaves = ship_date(dt.datetime.combine(named.date, dt.time(0)), shipping)
            facts |= {"ship_day": day_label(leaves, today), "leaves": leaves, "paid": named.said,
                      "cutoff": shipping.cutoff_on(named.date).strftime("%H:%M")}
        if not entities.couriers and before.startswith(_COURIER_ASKED) and (
                (topic is None and (entities.regions or entities.quantity or entities.sizes or entities.colours))
                or self.rules.topic(text, "extra_cost", "why_so")
                or (_DAYS.search(text) is not None and self.rules.topic(text, "fee") is None and not entities.regions
                    and before.removeprefix(_COURIER_ASKED).removesuffix(_DAYS_TOO) in _couriers_for(question))):
            # 「能发顺丰吗」 … 「那上海呢」「加多少钱」「为啥啊」; 「几天到」 of one it goes by: still that courier
            # (「发新疆几天到」 names a place: its fee and days, by that courier first)
            entities = dataclasses.replace(entities, couriers=(
                before.removeprefix(_COURIER_ASKED).removesuffix(_DAYS_TOO),))
        area = _own_area(question.product, entities.regions[0] if entities.regions else region)
        if area is not None and question.product is not None \
                and _named_in(question.product, _named_variant(question, question.product), area[1],
                              entities.regions[0] if entities.regions else region):
            area = None  # 「那真空的几天到」 of a rule that sends only 真空装 there: not limited by it
        if region is not None and REGIONS[region].special and (entities.couriers or topic is None):
            # 「寄香港可以吗」 … 「发顺丰吗」「能寄吗」: Hong Kong, Macao and Taiwan go by the shop's own terms,
            # unless the product's own words keep it from there (紫砂壶: 不发港澳台和海外)
            if area is not None and shipping.delivers_to(region) and not _area_allows(area[1], region):
                return Answer("product_area", {"product": area[0], "area": area[1], "region": region},
                              {"asked": _AREA_ASKED})
            return self._region(shipping, region, topic, facts, _couriers_for(question), question.product)
        place = entities.regions[0] if entities.regions else region
        if entities.couriers and place is not None and area is not None and names_region(area[1], place) \
                and shipping.delivers_to(place) and (entities.regions or not _area_allows(area[1], place)):
            # 「黑龙江发中通可以吗」 of a product whose file says how it goes there (天冷只发顺丰): that (and
            # 「发中通行不行」 after 「发哈尔滨」, where those words keep it to one courier)
            return Answer("product_area", {"product": area[0], "area": area[1], "region": place},
                          {"asked": _AREA_ASKED})
        # (「几天能到」「运费多少」 of a place its words send by one courier alone, 黑龙江…只走顺丰: it goes there,
        # the days and the fee told; not where they keep a variant from somewhere, 1米大株冬季不发这五个地方)
        by_courier = area is not None and topic in ("fee", "delivery") and not entities.couriers \
            and question.product is not None \
            and not any(name in area[1].lower() for name in _variant_names(question.product))
        if area is not None and region is not None and not entities.regions and before == _AREA_ASKED \
                and (entities.couriers or topic in ("ship_time", "delivery")) and names_region(area[1], region) \
                and shipping.delivers_to(region) and not _area_allows(area[1], region, by_courier):
            # 「发哈尔滨可以吗」 told 冬天不发活体 … 「顺丰也不行吗」「那啥时候能发」: still that place, which the
            # goods' own words keep them from, whatever courier or day
            return Answer("product_area", {"product": area[0], "area": area[1], "region": region},
                          {"asked": _AREA_ASKED})
        if entities.couriers:  # (or the one asked before: 「能发顺丰吗」 … 「那上海呢」)
            if re.search(_AVOID.pattern + re.escape(entities.couriers[0]), text):
                among = _couriers_for(question)
                others = [name for name in among if name != entities.couriers[0]]
                if not others:  # the product goes by that one only
                    return _which_courier(question)
                # 「不要发中通」: the others it may go by, and a person notes it on the order
                return Answer("courier_avoid", {"courier": entities.couriers[0],
                                                "couriers": _other_couriers(question, entities.couriers[0], among)},
                              handoff=True)
            refused = _refused_here(question, entities.couriers[0])
            if refused is not None:  # 「能走顺丰吗」 of the 10kg bag, whose file says 10kg装不能指定顺丰
                return Answer("courier_refused", {"product": refused[0], "courier": entities.couriers[0],
                                                  "terms": refused[1]},
                              {"asked": _COURIER_ASKED + entities.couriers[0]})  # (「为啥啊」 next: this again)
            alone = _own_couriers(question)
            if alone is not None and entities.couriers[0] not in alone[1]:  # (大株只走德邦: not 顺丰 either)
                # (卷包走德邦快递 says how it goes, not that 顺丰 never may, where the shop sends by 顺丰 too: how it
                # usually goes, and a person says whether it can go so)
                usual = not _said_alone(question, alone[1]) and shipping.courier(entities.couriers[0]) is not None
                return Answer("courier_usual_for_product" if usual else "courier_not_for_product", {
                    "product": alone[0], "courier": entities.couriers[0], "couriers": join(alone[1])},
                    draft=not _said_alone(question, alone[1]))
            if self.rules.topic(text, "which_courier") and shipping.courier(entities.couriers[0]) is not None:
                # 「发什么快递 能走顺丰吗」: the default, and 顺丰 among the rest
                return _which_courier(question)
            courier = shipping.courier(entities.couriers[0])
            if courier is not None and _WHEN_SHIPS.search(text) and (not courier.regions or region in courier.regions) \
                    and _presale(question, today) is None and calendar_known(day, shipping):
                # 「今天能发吗 发顺丰多少」: the day it leaves, by that courier, and what it costs more
                extra = {"courier": courier.name, "surcharge": money(courier.surcharge) if courier.surcharge else ""}
                return Answer("ship_day_courier" if courier.surcharge else "ship_day_courier_free",
                              facts | extra, {"asked": _COURIER_ASKED + courier.name})
            if (topic == "fee" or (topic is None and entities.regions)) and region is not None \
                    and courier is not None and courier.surcharge and courier.serves(region):
                # 「顺丰到新疆多少钱」, 「能发顺丰吗」 … 「那新疆呢」: the region's surcharge and the courier's
                remote = self._region(shipping, region, topic, facts, [courier.name])
                if remote.case == "remote":
                    return Answer("remote_courier", {
                        **remote.facts, "courier": courier.name, "courier_surcharge": money(courier.surcharge)},
                        {"asked": _COURIER_ASKED + courier.name})
            # (「顺丰几天到杭州」 … 「广州呢」: the days again, of the other place; … 「中通呢」: of the other courier;
            # 「到广州几天」 … 「那顺丰呢」: that courier's days there)
            days_asked = _DAYS.search(text) is not None or (
                before.startswith(_COURIER_ASKED) and before.endswith(_DAYS_TOO)
                and (topic is None and bool(entities.regions)
                     if before == f"{_COURIER_ASKED}{entities.couriers[0]}{_DAYS_TOO}"
                     else topic in (None, "courier") and _ON_IT.fullmatch(text) is not None)) or (
                before.startswith(_PLACE_ASKED) and region is not None and topic in (None, "courier")
                and _ON_IT.fullmatch(text) is not None)
            answer = self._courier(shipping, entities.couriers[0], region, days_asked)
            product = question.product
            if answer.case.startswith("courier_surcharge") and product is not None \
                    and entities.couriers[0] in product.couriers and _costs_nothing_more(product) \
                    and _own_terms(question) is None:
                # 「是顺丰吗」 of a guitar sent by 顺丰 alone, 运费我们出: it goes so, and costs nothing more
                # (where a clause of its own speaks of that courier, 礼盒统一发顺丰,不用补差价, those words)
                answer = Answer(answer.case.replace("surcharge", "ok"),
                                {k: v for k, v in answer.facts.items() if k != "surcharge"})
            free_over = _free_over_for(question, entities.couriers[0])
            if answer.case == "courier_surcharge" and free_over is not None:
                answer = _free_over(answer, free_over, _paid_prices(question))  # 满199发顺丰: this order's
            bound = [p for p in question.shop.products if p.couriers and entities.couriers[0] not in p.couriers]
            if question.product is None and bound and answer.case in ("courier_ok", "courier_surcharge"):
                # 「发圆通吗」 with no product in view, where the quilts go by 德邦 only: those said too
                by_couriers: dict[tuple[str, ...], list[str]] = {}
                for other in bound:
                    by_couriers.setdefault(tuple(other.couriers), []).append(other.name)
                only = "，".join(f"{'、'.join(names[:4])}{'等' if len(names) > 4 else ''}只发{'或'.join(couriers)}"
                                for couriers, names in by_couriers.items())
                answer = Answer(f"{answer.case}_except", {**answer.facts, "except": only})
            if answer.case == "courier_no":  # (a courier the shop has not: 「西藏呢」 next asks of the place)
                return answer
            return dataclasses.replace(answer, remember={
                "asked": _COURIER_ASKED + entities.couriers[0] + (_DAYS_TOO if days_asked else "")})
        if topic == "fee" and region is not None and _dearer_courier(shipping, question.product) is not None \
                and shipping.delivers_to(region) and not shipping.surcharge_for(region) \
                and not REGIONS[region].special:
            return self._fee(question)  # 顺丰 only: its surcharge beside the fee, wherever it goes in China
        if self.rules.topic(text, "why_not") and region is not None and not shipping.delivers_to(region):
            # 「新疆能发吗」 … 「为啥不发」: it does not go there, said again
            return self._region(shipping, region, topic, facts, _couriers_for(question), question.product)
        if self.rules.topic(text, "areas") and not entities.regions:  # 「发哪些地方」「哪些地区不发」
            if area is not None:
                return Answer("product_areas", {"product": area[0], "area": area[1]})
            return _areas(shipping)
        # 「为啥不发」「那啥时候能发」 right after it: the same rule, for the same place
        again = before == _AREA_ASKED and (bool(self.rules.topic(text, "why_not")) or topic in (None, "ship_time"))
        asked_region = entities.regions[0] if entities.regions else region if topic in ("fee", "delivery") or again \
            else None
        if area is not None and asked_region is not None and shipping.delivers_to(asked_region) \
                and not _area_allows(area[1], asked_region, by_courier):
            # 「活虾发成都吗」: where this product goes, in its own words (where the shop goes nowhere: that, below)
            return Answer("product_area", {"product": area[0], "area": area[1], "region": asked_region},
                          {"asked": _AREA_ASKED})
        if entities.regions and not shipping.delivers_to(entities.regions[0]):  # 「新疆能发吗」 where none goes
            return self._region(shipping, entities.regions[0], topic, facts, _couriers_for(question),
                                    question.product)
        presale = _presale(question, today)
        if presale is not None:  # 「寄北京几天到」 of a pre-sale: the days count from its own ship date
            facts["ship_day"] = day_label(presale, today)
        elif topic in (None, "ship_time", "delivery") and (out := _sold_out(question, today)) is not None \
                and not ((named is not None or (topic == "delivery" and out[1] is None and _in_stock(question)))
                         and _only_remembered(question)):
            # (「明天能发吗」 after 「白色3XL有吗」 was told sold out and what is in stock: the shop's ship day)
            label, back = out  # nothing of it to send: not 「今天发」; when it comes back, if the shop says
            to = entities.regions[0] if entities.regions else region if topic == "delivery" else None
            if back is not None and to is not None and shipping.delivers_to(to) and not REGIONS[to].special:
                # 「到成都几天」: after it comes back
                road = _days_to(shipping, to, _couriers_for(question), question.product)[1]
                return Answer("sold_out_restock_days", {"product": label, "restock_date": month_day(back),
                                                        "region": to, "days": _span_of(road)})
            return _back_when(label, back, question)
        if topic == "origin" and not (entities.regions and self.rules.topic(text, "fee", "delivery")):
            # (「是舟山发货吗」 names where it is sent from, not to; 「从哪发 到北京几天」 asks both, below)
            page = question.product
            own = next(((key, value) for key, value in page.attributes.items() if _ORIGIN_KEY.search(key)),
                       None) if page is not None else None
            if own is not None and page is not None:  # 「脐橙从哪里发货的」 of one whose 发货地 is its own orchard
                return Answer("own_terms", {"product": f"{page.name}的{own[0]}", "terms": own[1]})
            said = next((clause for value in page.attributes.values() for clause in CLAUSE_BREAKS.split(value)
                         if _SENT_FROM.search(clause)), None) if page is not None else None
            if said is not None and page is not None:  # 「从哪发货」 of wine whose 配送方式 says 红酒从上海仓发货
                return Answer("own_terms", {"product": page.name, "terms": said})
            province, city = shipping.ship_from, shipping.ship_from_city
            # (北京 of 北京, 上海市 of 上海: a city that is its own province, said once)
            origin = city if province in city else province if city in province else province + city
            return Answer("origin", {"origin": origin})
        if entities.regions:
            return self._region(shipping, entities.regions[0], topic, facts, _couriers_for(question),
                                    question.product)
        if region is not None and topic in ("fee", "delivery"):  # told before: 「我在新疆」 … 「几天到」
            return self._region(shipping, region, topic, facts, _couriers_for(question), question.product)
        if topic == "fee":
            return self._fee(question)
        if presale is not None and topic in (None, "ship_time", "delivery") and question.product is not None:
            own = own_ship_time(question.product, text)
            if own is not None and (month_day(presale) in own[1] or _OF_PRESALE.search(own[1])):
                # 「付完尾款多久发货」 of a pre-sale whose 发货时间 says 付完尾款后15到30天内…最晚1月16日前发出: that,
                # not 「预计1月16日开始发货」
                return Answer("product_ship_time", {"product": own[0], "ship_time": own[1]})
            # (「黑色esim版有货吗」 … 「那什么时候发货」: that one's, not the whole watch's, pre-sale)
            colour, size = _named_variant(question, question.product)
            return Answer("presale", {"product": " ".join(n for n in (question.product.name, colour, size) if n),
                                      "ship_date": month_day(presale)})
        own = _as_usual(question, own_ship_time(question.product, _of_said(question), _away(question)))[0]
        sent_asked = topic in (None, "ship_time") or (topic == "delivery" and _SHIPS_ASKED.search(text) is not None)
        if own is not None and sent_asked:  # 「什么时候发货」「多久发货」 of a sofa made in 7 days
            if named is not None and named.date > today and calendar_known(named.date, shipping) \
                    and not is_working_day(named.date, shipping):  # 「周日发货吗」 of mats made to order: not then
                return Answer("weekday_no_own", {"weekday": named.said, "product": own[0], "ship_time": own[1]})
            # (「过滤器单独拍呢」 next: when that other product goes)
            its_time = Answer("product_ship_time", {"product": own[0], "ship_time": own[1]},
                              {"asked": _SHIP_TIME_TOLD})
            # (of today: its own cut-off held to the clock, 当天15点前下单可以当天送到; of tomorrow once it is past,
            # 「今天拍明天能发吗」 at 17:30 of 单镜框16点前付款当天发货: tomorrow)
            cutoff = own_cutoff(own[1])
            tomorrow = named is not None and named.date == today + dt.timedelta(days=1) and cutoff is not None \
                and question.now.time() >= cutoff
            variants = _variant_names(question.product) if question.product is not None else ()
            return _own_time(its_time, *own, question.now, shipping, variants=variants) \
                if named is None or named.date == today or tomorrow else its_time
        if topic == "delivery":
            return Answer("delivery_default", facts | {"days": _span_of(shipping.default_delivery_days),
                                                       "within": shipping.default_delivery_days})
        if topic == "courier":
            return _which_courier(question)
        if named is not None and named.date < today:  # 「12月1号拍的什么时候发」: an order placed, a person looks
            return Answer("ordered_before", {"weekday": named.said}, handoff=True)
        if named is not None and named.date != today and not calendar_known(named.date, shipping):  # 2027's, unknown
            off = holiday_name(named.date, shipping)  # 1 January, or the shop's own day off: off whatever the year
            holiday = text[named.start:named.end]
            if named.date in shipping.holidays and fixed_holiday(holiday, today) is not None:
                # 「元旦呢」 after 「周末发货吗」, of a shop that lists its own 1月1日至3日: as 「元旦发货吗」 is told
                return _days_off(shipping, question.now, [holiday])
            if off is not None:
                return Answer("days_off_fixed", {"holiday": "店里休息" if off == "店休" else off,
                                                 "dates": month_day(named.date)}, handoff=True)
            return Answer("weekday_unknown", {"weekday": named.said}, handoff=True)
        paid = _paid_at(text)
        # the day paid on: the one named before the time (「30号下午5点拍」), else today (「晚上下单明天发吗」)
        paid_on = named if named is not None and paid is not None and named.start < paid[2] else None
        on = paid_on.date if paid_on is not None else today
        if paid is not None and is_working_day(on, shipping):  # (a day off is answered as one, below)
            leaves = ship_date(dt.datetime.combine(on, paid[0]), shipping)
            if leaves != on and not paid[1].endswith("前"):  # after that day's own cut-off: the day it leaves
                # (「5点前拍」 with a 16:00 cut-off may be before it or not: the cut-off is said instead)
                said = f"{paid_on.said}{paid[1]}" if paid_on is not None and on != today else paid[1]
                return Answer("paid_late", facts | {"paid_at": said, "ship_day": day_label(leaves, today),
                                                    "cutoff": shipping.cutoff_on(on).strftime("%H:%M")})
        weekend = WEEKDAY.search(text)
        if named is not None and weekend is not None and weekend[1] == "末" and said_day is not None \
                and named.start == weekend.start() and not TODAY.search(text):  # (「周末发吗 今天发吗」: today's)
            # 「周末发货吗」: both days of the coming weekend (today, if it is one), not Sunday alone
            saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 if today.weekday() != 6 else -1)
            days = [saturday, saturday + dt.timedelta(days=1)]  # the weekend's rule, even on its Sunday
            ships = [d for d in days if is_working_day(d, shipping)]
            told = {"saturday_cutoff": shipping.cutoff_on(saturday).strftime("%H:%M"),
                    "sunday_cutoff": shipping.cutoff_on(saturday + dt.timedelta(days=1)).strftime("%H:%M"),
                    "ship_day": day_label(next_working_day(max(days[-1], today), shipping), today)}
            if len(ships) == 2:
                return Answer("weekend_yes", told)
            if ships:
                return Answer("weekend_saturday" if ships[0].weekday() == 5 else "weekend_sunday", told)
            return Answer("weekend_no", told)
        if named is not None and named.date != today:  # 「周六发吗」「明天发吗」「10月8号发吗」
            asked, label = named.date, named.said
            off = holiday_name(asked, shipping)
            if off is not None:
                why = "店休" if off == "店休" else f"{off}放假"
                dated = label.endswith(f"{month_day(asked)})")  # 周六(10月3日) -> 周六(10月3日,国庆节放假)
                label = f"{label[:-1]},{why})" if dated else f"{label}({month_day(asked)}{why})"
            facts["weekday"] = label
            if is_working_day(asked, shipping):
                facts["cutoff"] = shipping.cutoff_on(asked).strftime("%H:%M")
                return Answer("weekday_yes", facts)
            facts["ship_day"] = day_label(next_working_day(asked, shipping), today)
            return Answer("weekday_no", facts)
        return Answer("ship_today" if day == today else "ship_later", facts)

    def _fee(self, question: Question) -> Answer:
        answer = self._fee_rule(question)
        product, entities = question.product, question.message.entities
        if answer.case in ("fee_free", "fee_threshold", "fee_paid") and not entities.couriers \
                and not (product is not None and product.couriers) \
                and self.rules.topic(question.message.text, "which_courier") is not None:
            # 「包邮吗 发什么快递」: the fee rule, and the courier it goes by
            answer = Answer(f"{answer.case}_which", {**answer.facts, "courier": question.shop.shipping.default_courier})
        return dataclasses.replace(answer, remember={"asked": _FEE_ASKED})

    def _fee_rule(self, question: Question) -> Answer:
        """The fee rule; said for the item itself when the buyer points at it (这件, its
        name, a variant of it) and its price is known."""
        shipping = question.shop.shipping
        case, fee_facts = fee_rule(shipping)
        product = question.product
        if product is not None and (own := _own_fee_fact(product)) is not None:
            # 「包邮吗」 of pickles whose 配送方式 says 只发顺丰,不参加包邮,每单顺丰运费12元: those terms, not the
            # shop's 满59包邮 and its 顺丰 surcharge
            return Answer("own_terms", {"product": product.name, "terms": own})
        courier = _dearer_courier(shipping, product)
        if product is not None and courier is not None:  # 顺丰 only, at a surcharge: the fee is not the base one
            return Answer(f"{case}_courier", fee_facts | {
                "product": product.name, "courier": courier, "surcharge": money(_surcharge(shipping, courier))})
        entities = question.message.entities
        free_from = _free_from_count(product) if product is not None and not entities.regions else None
        counted = _item_prices(question) if free_from is not None and (
            _count_asked_of_fee(question.message.text) or entities.quantity) else None
        if product is not None and free_from is not None and counted is not None and counted[0] == counted[1]:
            # 「2团包邮吗」 of yarn whose 包邮 says 任意3团及以上包邮: the count against it, or the shop's own rule
            low, _, quantity = counted
            count, unit = free_from
            over = shipping.free_shipping_over
            item = {"product": product.name, "price": f"{quantity}{unit}共{money(low)}",
                    "threshold": f"{count}{unit}" + (f"或{money(over)}" if over else "")}
            free_now = quantity >= count or shipping.ships_free(low, quantity)
            return Answer("fee_item_free" if free_now else "fee_item_paid", fee_facts | item)
        if product is not None and not entities.regions and (
                free := _own_free_shipping(product) or _own_free_terms(product)) is not None:
            # 「色卡包邮吗」 of a swatch whose page says 包邮寄出: that, not the shop's 满99包邮; 「试喝装包油吗」
            # of one whose 运费 says 全国包邮(新疆、西藏除外): those terms, places apart and all
            return Answer("own_terms", {"product": product.name, "terms": free})
        if product is not None and not entities.regions and (given := _promotion_ships_free(question)) is not None:
            # 「试吃装包油不」 while 试吃装9.9元包邮 runs for it: that promotion's terms, not the shop's 满59
            return Answer("own_terms", {"product": product.name, "terms": given})
        pointed = bool(entities.products or entities.sizes or entities.colours or entities.quantity
                       or _count_priced_before(question) or points(question.message.text)
                       or (product is not None and packs_of(product, question.message.text)))  # 「两斤包邮吗」
        prices = _item_prices(question) if pointed else None
        if prices is None and case == "fee_threshold" and product is not None and question.page is product \
                and _WHETHER_FREE.search(question.message.text) and not _THRESHOLD_ASKED.search(question.message.text) \
                and (alone := _item_prices(question)) is not None and shipping.ships_free(alone[0], alone[2]):
            prices = alone  # 「包邮吗」 on a page whose cheapest choice clears 满99 alone: this one ships free
        extra = [region for region in (*shipping.region_surcharge, *shipping.remote_regions)
                 if shipping.surcharge_for(region) > 0]
        if case == "fee_free" and extra:  # 「包邮吗」 where some regions pay more: not a plain yes
            listed = list(dict.fromkeys(extra))
            return Answer("fee_free_except", {"regions": join(listed[:8]) + ("等" if len(listed) > 8 else "")})
        both = _named_together(question) if case == "fee_threshold" else None
        if both is not None:  # 「一盒笔记本加一盒黑笔 包邮吗」: the two are one parcel, weighed together
            names, total, count = both
            item = {"product": f"{names}一起", "price": money(total)}
            return Answer("fee_item_free" if shipping.ships_free(total, count) else "fee_item_paid",
                          fee_facts | item)
        if case != "fee_threshold" or prices is None or question.product is None:
            return Answer(case, fee_facts)
        low, high, quantity = prices  # 「两件T恤包邮吗」: two of them, 118元, are over 99元
        said = money(low) if low == high else f"{low:g}-{money(high)}"
        several = (f"{quantity}份共{said}" if low == high else f"{quantity}份至少{money(low)}")  # not 178-938元
        item = {"product": question.product.name, "price": several if quantity > 1 else said}
        # (on no page, the product talked about before: 「再加个泳帽 一共多少钱 包邮吗」 after the trunks)
        page = question.page or question.shop.product(question.conversation.product_id or "")
        if page is not None and page.id != question.product.id and self.rules.topic(question.message.text, "together"):
            # 「加一双鞋垫一起包邮吗」 on the boots' page: the boots and the insoles are one parcel
            colour, size = question.remembered(page)
            its = [page.price_of(colour, size)] if colour is not None or size is not None or not page.prices \
                else [page.price, *page.prices.values()]
            total_low, total_high, quantity = low + min(its), high + max(its), quantity + 1
            if shipping.ships_free(total_low, quantity) != shipping.ships_free(total_high, quantity):
                return Answer(case, fee_facts)  # the two may come to either side of the threshold: the rule
            # (「再加一个钢化膜呢」 on the case's page: 55元 and 29 or 39元, 84元 at the least, free either way)
            low = total_low
            together = money(low) if total_low == total_high else f"至少{money(low)}"
            item = {"product": f"{page.name}和{question.product.name}一起", "price": together}
        if shipping.ships_free(low, quantity):
            return Answer("fee_item_free", fee_facts | item)
        return Answer("fee_item_paid", fee_facts | item)

    def _courier(self, shipping: Shipping, name: str, region: str | None, days_asked: bool = False) -> Answer:
        courier = shipping.courier(name)
        if courier is None:
            return Answer("courier_no", {"courier": name, "couriers": join(c.name for c in shipping.couriers)})
        if region is not None and not shipping.delivers_to(region):  # 「顺丰呢」 … 「西藏能发不」: by none
            return Answer("no_delivery", {"region": region})
        if region is not None and REGIONS[region].special and not shipping.special_regions.ships:
            return Answer("special_no", {"region": region})
        if courier.regions and region is None:  # 「能走顺丰吗」: yes, where it goes, said before the buyer pays
            cost = f"补{money(courier.surcharge)}" if courier.surcharge else "不加钱"
            return Answer("courier_some_regions",
                          {"courier": name, "regions": join(courier.regions), "surcharge": cost})
        if not courier.serves(region):
            serving = [c.name for c in shipping.couriers if c.serves(region)]
            return Answer("courier_not_there", {"courier": name, "region": region or "",
                                                "regions": join(courier.regions), "couriers": join(serving)})
        facts: dict[str, object] = {"courier": name}
        if days_asked:  # 「指定德邦可以不 几天到」: the days too, the courier's own or the region's
            facts["days"] = _span_of(courier.days or shipping.days_to(region))
        case = "courier_surcharge" if courier.surcharge else "courier_ok"
        if courier.surcharge:
            facts["surcharge"] = money(courier.surcharge)
        return Answer(case + ("_days" if days_asked else ""), facts)

    def _region(self, shipping: Shipping, region: str, topic: str | None, facts: dict[str, object],
                couriers: list[str], product: Product | None = None) -> Answer:
        """A region asked about: delivered to or not, how long by the first of ``couriers``
        that goes there (a courier of the product's own counts its own days, and so do the
        product's own terms of delivery), its fee."""
        facts = facts | {"region": region}
        if not shipping.delivers_to(region):
            return Answer("no_delivery", facts)
        if REGIONS[region].special:
            special = shipping.special_regions
            if not special.ships:
                return Answer("special_no", facts)
            return Answer("special", facts | {
                "fee": money(special.fee), "courier": special.courier or shipping.default_courier,
                "days": _span_of(special.days or shipping.default_delivery_days),
            })
        courier, days = _days_to(shipping, region, couriers, product)
        facts["days"], facts["within"] = _span_of(days), days
        if courier is not None:
            facts["courier"] = courier
        surcharge = shipping.surcharge_for(region)
        if region in shipping.remote_regions and shipping.remote_free_shipping and region not in \
                shipping.region_surcharge:
            if topic == "fee":  # 「发新疆吗 运费多少」: nothing more there, so the shop's fee rule, as anywhere
                case, fee_facts = fee_rule(shipping)
                return Answer(f"region_{case.removeprefix('fee_')}", facts | fee_facts)
            return Answer("remote_free", facts)
        if surcharge > 0:  # (a region of its own surcharge, not on the remote list, is not called 偏远)
            if region not in shipping.remote_regions or shipping.remote_free_shipping is None:
                # (nor one of a file that never says remote regions lose free shipping: 「发新疆呢」 of 满99包邮 and
                # 偏远加15元 is told 另补15元, not 「偏远地区不包邮，一共21元」)
                return Answer("region_surcharge", facts | {"surcharge": money(surcharge)})
            # a remote region pays no free shipping: the fee with the surcharge on it (5元 + 15元 = 20元)
            total = money(shipping.base_fee + surcharge)
            return Answer("remote", facts | {"surcharge": money(surcharge), "total": total})
        if region in shipping.remote_regions:
            return Answer("remote_free", facts)
        if topic == "fee":  # the fee to this region, and how long it takes: the region is known
            case, fee_facts = fee_rule(shipping)
            return Answer(f"region_{case.removeprefix('fee_')}", facts | fee_facts)
        return Answer("delivery", facts)


def _span_of(days: tuple[float, float] | None) -> str | None:
    """Days said as a span (2-4), or None where the file gives none: the wording leaves their clause out."""
    return span(*days) if days is not None else None


#: The answers whose point is the days on the road, which say nothing else where the file gives no days.
_DAYS_ALONE = {"delivery": "region_days_unknown", "delivery_day_unknown": "region_days_unknown",
               "delivery_default": "days_unknown", "delivery_default_day_unknown": "days_unknown"}


def _days_unsaid(told: Answer, asked: bool) -> Answer:
    """``told`` where a part of it has days the file does not give (no line of ``delivery_days`` for the
    region, no ``default_delivery_days``): a part that tells the days alone says a person confirms them
    (发吉林几天到: 吉林可以发，路上几天请同事确认); the others say the rest, and a person is called where the
    days were ``asked`` (「发新疆几天能到」: the surcharge told, the days for a person; 「几天到」 of goods with their
    own ship time, 「到成都几天」 of goods sold out)."""
    parts = [told, *told.also]
    unsaid = [p for p in parts if "days" in p.facts and p.facts["days"] is None]
    if not unsaid:
        return told
    asked = asked or any(p.case in _DAYS_ALONE or p.case.startswith("delivery") or p.case.endswith("_days")
                         for p in unsaid)
    kept = [Answer(_DAYS_ALONE[p.case], {k: p.facts[k] for k in ("region", "ship_day") if k in p.facts},
                   p.remember) if p in unsaid and p.case in _DAYS_ALONE else p for p in parts]
    placed = next((p.facts["region"] for p in unsaid if p.case not in _DAYS_ALONE and p.facts.get("region")), None)
    if asked and placed and not any(p.case in _DAYS_ALONE for p in unsaid):
        kept.append(Answer("road_days_unknown", {"region": placed}))  # 「发新疆几天能到」: the fee, then the days
    return dataclasses.replace(kept[0], also=tuple(kept[1:]), handoff=told.handoff or asked)


def _days_to(shipping: Shipping, region: str | None, couriers: list[str],
             product: Product | None = None) -> tuple[str | None, tuple[float, float] | None]:
    """The courier a parcel to ``region`` goes by (the first of ``couriers`` that serves it)
    and the days it takes: the product's own terms of delivery where they say (床垫: 广东省内1到2天,
    其他省份一般3到7天), a courier of the product's own counts its own days (顺丰 only, in 1-3), else
    the region's line of the table, else the default; None where the file gives no days."""
    serving = [c for name in couriers if (c := shipping.courier(name)) is not None and c.serves(region)]
    courier = next(iter(serving), None) or next((c for c in shipping.couriers if c.serves(region)), None)
    name = courier.name if courier is not None else None
    if (terms := _own_delivery_days(product, region, shipping.ship_from)) is not None:
        return name, terms
    own = courier.days if courier is not None else None
    if own is not None and name != shipping.default_courier:
        return name, own
    days = shipping.days_to(region, own)
    if days is None:
        return name, None
    fastest, slowest = days
    more = _slower_by(product)  # (氦气罐只走德邦陆运…比普通快递慢1到2天: the usual days, and those more)
    return name, (fastest + more[0], slowest + more[1]) if more is not None else (fastest, slowest)


def _slower_by(product: Product | None) -> tuple[float, float] | None:
    """How many days more than the usual a product's own fact of how it is sent says it takes
    (配送方式: 只走德邦陆运…比普通快递慢1到2天), where one says so; None otherwise."""
    for key, value in (product.attributes.items() if product is not None else ()):
        said = _SLOWER.search(value) if _DELIVERY_KEY.search(key) else None
        if said is not None:
            return float(said[1]), float(said[2] or said[1])
    return None


#: Days more than the usual, said in a product's words: 比普通快递慢1到2天 (not 最慢5天到, at most).
_SLOWER = re.compile(r"比[^,，;；。]{0,10}慢\s*(\d+)\s*(?:(?:到|至|-|~|～)\s*(\d+))?\s*(?:个)?(?:工作日|天)")


#: A product's own fact of how long its parcels take (配送方式, 物流时效), and the days it says.
_DELIVERY_KEY = re.compile(r"配送|物流|快递|到货|送货|运输|时效")
_DAYS_SAID = re.compile(r"(\d+)\s*(?:到|至|-|~|～)\s*(\d+)\s*(?:个)?(?:工作日|天)|(\d+)\s*(?:个)?(?:工作日|天)")
_SHIPS_THEN = re.compile(r"^\s*(?:左右|以内|内)?\s*(?:才|再)?(?:发货|发出|出库|寄出)")  # 15天左右发货: not its way
_ELSEWHERE = re.compile(r"其他|其它|其余|别的")


def _own_delivery_days(product: Product | None, region: str | None, home: str) -> tuple[float, float] | None:
    """The days a parcel of ``product`` takes to ``region`` by its own terms (广东省内1到2天到,其他省份一般
    3到7天,新疆、西藏7到12天): the clause naming the region, 省内 for the shop's own province, else
    the one of the other places; None where its facts say nothing of it."""
    if product is None or region is None:
        return None
    elsewhere = None
    for key, value in product.attributes.items():
        if not _DELIVERY_KEY.search(key):
            continue
        for clause in re.split(r"[,，;；。\n]", value):
            days = _DAYS_SAID.search(clause)
            if days is None or _SHIPS_THEN.match(clause, days.end()):
                continue
            said = (float(days[1]), float(days[2])) if days[1] else (float(days[3]), float(days[3]))
            before = clause[:days.start()]
            if region in before or (region == home and "省内" in before and not any(
                    other in before for other in REGIONS if other != home)):
                return said
            if elsewhere is None and _ELSEWHERE.search(before):
                elsewhere = said
    return elsewhere


def _areas(shipping: Shipping) -> Answer:
    """Where the shop sends at all: everywhere in the mainland but the regions it names, and
    Hong Kong, Macao and Taiwan as its terms say."""
    special = [name for name, region in REGIONS.items() if region.special]
    nowhere = list(dict.fromkeys([*shipping.no_delivery_regions, *([] if shipping.special_regions.ships else special)]))
    if not nowhere:
        return Answer("areas_all")
    return Answer("areas_except", {"regions": join(nowhere)})


def _arrives_by(shipping: Shipping, question: Question, named: NamedDay, region: str | None,
                paid: NamedDay | None = None, courier: str | None = None, before: bool = False) -> Answer:
    """Whether a parcel paid for now (or on the day ``paid``, before its cut-off) reaches
    ``region`` by the day named, by ``courier`` where one is asked: the ship day and the days it
    takes (a person cannot promise the courier, so a day within them is 「有可能」). ``before`` the day
    (「12号之前」, meant by buyers with the 12th or without it): sure only by the day before, never by the day."""
    today = question.now.date()
    presale = _presale(question, today)
    if presale is None and (out := _sold_out(question, today)) is not None:
        return _back_when(*out, question)  # 「橙色有吗」 … 「20号能到吗」: none of it to send; when it comes back
    paid_at = dt.datetime.combine(paid.date, dt.time(0)) if paid is not None and paid.date > today else question.now
    ship = presale or ship_date(paid_at, shipping)  # a pre-sale leaves on its own date
    couriers = _couriers_for(question)
    _, days = _days_to(shipping, region, [courier, *couriers] if courier else couriers, question.product)
    said = {"asked": f"{_ARRIVE_ASKED}:{named.date.isoformat()}:{named.said}"}  # 「那元旦前呢」「那到北京呢」 next
    if days is None:  # (the file gives no days to there: whether it is there by then, a person says)
        return Answer("arrive_unknown", {"weekday": named.said, "ship_day": day_label(ship, today)}, said,
                      handoff=True)
    fastest, slowest = days
    facts = {"weekday": named.said, "ship_day": day_label(ship, today), "days": span(fastest, slowest),
             "region": region or "大部分地区"}
    case = "arrive_"
    if paid is not None and paid.date == today and ship > today:
        paid = None  # 「今天拍」 after today's cut-off: paid now, which leaves on the ship day (no cut-off to meet)
    if paid is not None:  # 「周四拍周五能到吗」: paid that day before its cut-off
        facts |= {"paid": paid.said, "cutoff": shipping.cutoff_on(paid.date).strftime("%H:%M")}
        case = "arrive_paid_"
    last = _last_sent(question.product, ship) if presale is not None else ship
    if named.date - dt.timedelta(days=before) >= last + dt.timedelta(days=slowest):
        return Answer(case + "yes", facts, said)  # (a pre-sale sent 12月14日起…18日前: by the 18th)
    if named.date < ship + dt.timedelta(days=fastest):
        return Answer(case + "no", facts, said)
    return Answer(case + "maybe", facts, said)


def _last_sent(product: Product | None, first: dt.date) -> dt.date:
    """The last day a pre-sale leaving on ``first`` is sent, where the product's own fact of when it
    ships gives a later date (12月14日起按付款顺序发货,12月18日前全部发出: the 18th); else ``first``."""
    own = own_ship_time(product)
    if own is None:
        return first
    later = [first]
    for m in _MONTH_DAY.finditer(own[1]):
        month, day = int(m[1]), int(m[2])
        try:
            said = dt.date(first.year + (1 if month < first.month - 6 else 0), month, day)
        except ValueError:
            continue
        later.append(said)
    return max(later)


#: A date as a shop writes it: 12月18日, 1月3号.
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def _dearer_courier(shipping: Shipping, product: Product | None) -> str | None:
    """The cheapest courier of the product's own when every one of them costs more (a
    frozen product by 顺丰 only, at 10元 more), else None: also where the product's own fact
    of how it is sent says it costs nothing more (配送方式: 礼盒统一发顺丰,不用补差价)."""
    if product is None or not product.couriers or min(_surcharge(shipping, n) for n in product.couriers) <= 0:
        return None
    if _costs_nothing_more(product):
        return None
    cheapest = min(product.couriers, key=lambda name: _surcharge(shipping, name))
    terms = shipping.courier(cheapest)
    lowest = min(product.price_of(c, s) for c in product.colours for s in product.sizes)
    if terms is not None and terms.free_over is not None and lowest >= terms.free_over:
        return None  # a 398元 teapot by 顺丰 alone, 顺丰 free from 299元: nothing more, whichever is bought
    return cheapest


def _costs_nothing_more(product: Product) -> bool:
    """Whether the product's own fact of how it is sent says its courier costs nothing more
    (礼盒统一发顺丰,不用补差价; 只发顺丰并且保价,运费我们出)."""
    return any(_SENT_KEY.search(key) and _NOTHING_MORE.search(value) for key, value in product.attributes.items())


#: The shop said to pay the postage: 运费我们出, 邮费由本店承担, 我们包运费.
_WE_PAY = r"(?:运费|邮费|快递费)(?:由|是|都)?(?:我们|本店|店铺|店里|卖家|商家|店家)(?:来)?(?:出|承担|付|包)" \
          r"|(?:我们|本店|卖家|商家|店家)(?:来)?(?:出|承担|付|包)(?:运费|邮费|快递费)"
#: Said of how it is sent, that it costs nothing more: 不用补差价, 不加钱, 不另收, 运费我们出.
_NOTHING_MORE = re.compile(r"不用(另外)?补|无需(另外)?补|不补|不(用)?(另外)?加钱|不另(收|加)|" + _WE_PAY)


def _surcharge(shipping: Shipping, name: str) -> float:
    courier = shipping.courier(name)
    return courier.surcharge if courier is not None else 0.0


def _paid_at(text: str) -> tuple[dt.time, str, int] | None:
    """The time of day the buyer says they pay (as a time, in their words, and where the
    words start), if any: 「晚上八点半」 20:30, 「下午5点前」 a minute before 17:00, 「晚上」 20:00."""
    for m in _PAID_AT.finditer(text):
        part, hour_text = m["part"], m["hour"]
        if hour_text is None and part not in _PART_HOUR:
            continue
        if hour_text is None:
            hour, minute = _PART_HOUR[part], 0
        else:
            said_hour = parse_numeral(hour_text)
            if said_hour is None or said_hour > 24:
                continue
            hour = int(said_hour)
            if (part in _LATE_PARTS or (part is None and 1 <= hour <= _BARE_AFTERNOON)) and hour < 12:
                hour += 12  # 「三点以后拍」 is 15:00: nobody pays at 3 a.m. without saying 凌晨
            minute = 30 if m["minute"] == "半" else int(m["minute"] or 0)
        minutes = (hour * 60 + min(minute, 59) - (1 if m["before"] else 0)) % (24 * 60)  # 「5点前」: just before
        return dt.time(*divmod(minutes, 60)), m[0].strip(), m.start()
    return None


#: 「你们放假吗」 without a holiday named asks of days off this near.
_SOON = 60


def _days_off(shipping: Shipping, now: dt.datetime, names: list[str]) -> Answer:
    """When the shop stops and starts shipping around a holiday (the soonest of ``names``,
    else the next days off): from the national calendar and the shop's own days off. A
    holiday whose dates the calendar does not know yet is said to be not fixed (with the
    shop's own days off ahead, if it listed some), and a person confirms."""
    today = now.date()
    found = [off for name in names if (off := days_off(today, shipping, name)) is not None]
    # (a holiday named that the shop does not stop for, 元旦 of a florist open every day: not its own days
    # off in February that happen to come next)
    off = min(found, key=lambda o: o.first or dt.date.max) if found else \
        None if names else days_off(today, shipping, None, _SOON)
    if off is None:
        if not names:
            return Answer("days_off_none", {"cutoff": shipping.cutoff_on(today).strftime("%H:%M")})
        own = _own_days_off(shipping, today)
        fixed = fixed_holiday(names[0], today)
        if own and not shipping.national_holidays and (fixed is None or fixed in shipping.holidays):
            # 「过年发货吗」 of a shop that keeps no national holidays but stops 2月4日-2月13日 by its own list:
            # those days, for a person to say whether they are the holiday's; not 「照常发货」 (元旦, on its fixed
            # 1月1日 the shop does not list, is: 照常发货)
            return Answer("days_off_own", {"holiday": names[0], "dates": join(own)}, handoff=True)
        return Answer("holiday_open", {"holiday": names[0]})
    if not off.known:
        label = "节假日" if off.name == "店休" else off.name
        fixed = fixed_holiday(label, today) if shipping.national_holidays else None
        if fixed is not None and fixed in shipping.holidays:
            # 「元旦发货吗」 where the shop lists its own days of it (1月1日、2日): those, the days round them
            # it never ships (a Sunday) with them, and the day it ships again
            first = last = fixed
            while first - dt.timedelta(days=1) in shipping.holidays and first > today:
                first -= dt.timedelta(days=1)
            while not is_working_day(last + dt.timedelta(days=1), shipping):
                last += dt.timedelta(days=1)
            return _stretch(shipping, now, DaysOff(label, True, first, last), f"{label}放假")
        if fixed is not None:  # 「元旦发货吗」: 1 January is off whatever the year; the days round it are not known
            return Answer("days_off_fixed", {"holiday": label, "dates": month_day(fixed)}, handoff=True)
        own = _own_days_off(shipping, today)
        if not own:
            return Answer("days_off_unknown", {"holiday": label}, handoff=True)
        return Answer("days_off_unknown_own", {"holiday": label, "dates": join(own)}, handoff=True)
    return _stretch(shipping, now, off, f"{'店里' if off.name == '店休' else off.name}放假")


def _own_days_off(shipping: Shipping, today: dt.date, most: int = 3) -> list[str]:
    """The shop's own days off ahead (its listed holidays), as runs of days, the first ``most``."""
    runs: list[list[dt.date]] = []
    for day in sorted(d for d in shipping.holidays if d >= today):
        if runs and (day - runs[-1][1]).days == 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [date_span(first, last) for first, last in runs[:most]]


def _stretch(shipping: Shipping, now: dt.datetime, off: DaysOff, label: str) -> Answer:
    """The days off ``off`` (known), called ``label`` (国庆节放假): from when to when, the last day
    that ships before (unless its cut-off has passed), and the day shipping starts again."""
    assert off.first is not None and off.last is not None
    today = now.date()
    resume = day_label(next_working_day(off.last, shipping), today)
    if off.first <= today:
        return Answer("days_off_now", {"holiday": label, "last": month_day(off.last), "resume": resume})
    last_ship = off.first - dt.timedelta(days=1)
    if ship_date(now, shipping) > last_ship:  # 22:00 on the eve: today's cut-off is past, nothing leaves before
        return Answer("days_off_missed", {"holiday": label, "dates": date_span(off.first, off.last),
                                          "resume": resume})
    return Answer("days_off", {"holiday": label, "dates": date_span(off.first, off.last),
                               "last_ship": day_label(last_ship, today),
                               "cutoff": shipping.cutoff_on(last_ship).strftime("%H:%M"), "resume": resume})


def _which_courier(question: Question) -> Answer:
    """Which courier the shop sends with: none where the product's own words send it by none
    (同城配送,不发快递), the product's own or its variant's only one (frozen food by 顺丰 only,
    with its surcharge; 大株只走德邦), else the shop's only one, or its default and the others."""
    shipping, product = question.shop.shipping, question.product
    if (none := _refused_here(question, None)) is not None:  # 鲜花: 只做上海市内同城配送,不发快递
        return Answer("courier_refused", {"product": none[0], "courier": "快递", "terms": none[1]})
    own = _own_couriers(question)
    if own is not None and len(own[1]) > 1 and shipping.default_courier in own[1]:
        # 只发中通和顺丰;指定顺丰另加20元: the default, and the others of its own with what they cost more
        return Answer("courier_default", {"courier": shipping.default_courier,
                                          "couriers": _other_couriers(question, among=own[1])})
    if own is not None and len(own[1]) > 1 and product is not None and _said_default(product, own[1][0]):
        # 整车默认德邦,指定顺丰要另加60元: its own default, and the others it may go by
        return Answer("courier_default", {"courier": own[1][0], "couriers": _other_couriers(
            question, besides=own[1][0], among=own[1][1:])})
    if own is not None:
        facts = {"product": own[0], "courier": join(own[1])}
        dearer = _dearer_courier(shipping, product)  # (of the product's own couriers only: none of a variant's)
        if dearer is not None and product is not None and (fee := _own_fee_fact(product)) is not None:
            # 只发顺丰,不参加包邮,每单顺丰运费12元: its own sum, not the shop's 顺丰 surcharge on top of a fee
            return Answer("own_terms", {"product": product.name, "terms": fee})
        return Answer("courier_product_surcharge", facts | {"surcharge": money(_surcharge(shipping, dearer))}) \
            if dearer is not None else Answer("courier_product", facts)
    if len(shipping.couriers) == 1:
        return Answer("courier_only", {"courier": shipping.default_courier})
    return Answer("courier_default", {"courier": shipping.default_courier, "couriers": _other_couriers(question)})


def _free_over_for(question: Question, courier: str) -> float | None:
    """The sum from which ``courier`` costs nothing more: its own terms (``free_over``), else a
    promotion running for the item that says so (满199发顺丰)."""
    terms = question.shop.shipping.courier(courier)
    return terms.free_over if terms is not None and terms.free_over is not None \
        else _free_over_promised(question, courier)


def _free_over_promised(question: Question, courier: str) -> float | None:
    """The sum from which a promotion running for the item sends it by ``courier`` at no more cost
    (满199发顺丰: 订单实付满199元免费升级顺丰快递), where one says so."""
    for promotion in question.shop.promotions_on(question.now.date(), question.product):
        said = re.search(r"满\s*(\d+(?:\.\d+)?)\s*(?:元|块)?[^,，。;；]{0,8}?(?:升级|改发|发|走|包)"
                         + re.escape(courier), promotion.name + "," + promotion.description)
        if said is not None:
            return float(said[1])
    return None


def _paid_prices(question: Question) -> tuple[float, float, int] | None:
    """`_item_prices` less the plain cut of the promotion made for the item running today (直降200 of a 1599-1799元
    seat: 1399-1599元), which is what the order pays toward a courier's sum."""
    prices = _item_prices(question)
    if prices is None or question.product is None:
        return prices
    cut = own_cut(question.shop, question.now.date(), question.product, _named_variant(question, question.product)[1])
    low, high, quantity = prices
    return (low - cut[1] * quantity, high - cut[1] * quantity, quantity) if cut is not None else prices


def _free_over(answer: Answer, free_over: float, prices: tuple[float, float, int] | None) -> Answer:
    """A courier at a surcharge that an order of ``free_over`` or more takes for nothing: of the
    item asked of (its ``prices``, lowest and highest, for the count said), reached or not; of no
    item known, its terms."""
    facts = {**answer.facts, "free_over": money(free_over)}
    if prices is not None and prices[0] >= free_over:  # 219元 of whey, 满199发顺丰: no more to pay
        return Answer("courier_free_over_reached", {"courier": facts["courier"], "free_over": facts["free_over"],
                                                    "price": money_span(prices[0], prices[1])})
    if prices is not None and prices[1] < free_over:  # (89-159元 of vitamins in two sizes: either one)
        return Answer("courier_free_over_short", facts | {"price": money_span(prices[0], prices[1])})
    return Answer("courier_free_over", facts)


def _other_couriers(question: Question, besides: str | None = None, among: list[str] | None = None) -> str:
    """The couriers besides ``besides`` (the default), of ``among`` (all the shop's), each
    with its surcharge, the sum from which it costs nothing more and its regions: 顺丰(补12元,只发广东、福建)."""
    shipping = question.shop.shipping
    others = []
    for courier in shipping.couriers:
        if courier.name == (besides or shipping.default_courier) or (among is not None and courier.name not in among):
            continue
        own = _own_surcharge(question, courier.name)  # (指定顺丰超长件要另加15元, over the shop's 12元)
        surcharge = own if own is not None else courier.surcharge
        free_over = _free_over_for(question, courier.name) if surcharge and own is None else None
        terms = ([f"补{money(surcharge)}"] if surcharge else []) + (
            [f"满{money(free_over)}不加钱"] if free_over is not None else []) + (
            [f"只发{join(courier.regions)}"] if courier.regions else [])
        others.append(f"{courier.name}({','.join(terms)})" if terms else courier.name)
    return join(others)


def _arriving(leaves: dt.date, within: tuple[float, float]) -> str:
    """The dates a parcel leaving on ``leaves`` may arrive, ``within`` so many days (couriers deliver
    all week): 12月5日到12月7日, or one date."""
    first, last = (month_day(leaves + dt.timedelta(days=n)) for n in within)
    return first if first == last else f"{first}到{last}"


def _yuan(told: object) -> float | None:
    """The sum a fact as told says (「26元」 -> 26.0); None where it is no plain sum."""
    said = re.fullmatch(r"(\d+(?:\.\d+)?)元", str(told))
    return float(said[1]) if said is not None else None


def _own_surcharge(question: Question, courier: str) -> float | None:
    """What ``courier`` costs more for the item, where a clause of the product's own fact of how it
    is sent says so (配送方式: 指定顺丰超长件要另加15元), of the whole product or the variant asked and
    not of a remote place; None where none does."""
    product = question.product
    if product is None:
        return None
    colour, size = _named_variant(question, product)
    variant = [n for n in (product.names_of(colour, size) if colour or size else ()) if len(n) >= 2]
    others = _others_of_kind(product, colour, size) if variant else _variant_names(product)
    for key, value in product.attributes.items():
        if not _SENT_KEY.search(key):
            continue
        for clause in FACT_PARTS.split(value):
            sum_said = _SURCHARGE_SAID.search(clause)
            if courier in clause and sum_said is not None and not _FAR_SAID.search(clause) \
                    and not _refuses(clause, courier) and not any(n in clause.lower() for n in others):
                return float(sum_said[1])
    return None


#: What a courier costs more, said in a product's words: 另加15元, 补20元, 加收10块.
_SURCHARGE_SAID = re.compile(r"(?:加|补|另收|多收|加收)(?:差价)?\s*(\d+(?:\.\d+)?)\s*(?:元|块)")


def _service_told(question: Question) -> Answer:
    """A service asked (送货上门, 要自己去提吗, 自提, 空运): the clause of the goods' own fact of how they are sent
    that speaks of it (整车默认德邦快递包邮,送货上门; 只走陆运,不能走航空件), else a person says (冷链, 指定日子,
    a pickup not named)."""
    product, text = question.product, question.message.text
    told = _PICKUP_SAID if _PICKUP_ASKED.search(text) else _HOME_SAID if _HOME_ASKED.search(text) else \
        _AIR_SAID if _AIR_ASKED.search(text) else None
    # (a fact named for the service itself, 送货上门, is told whole: its 个别偏远的村子放到乡镇服务站 too)
    said = [value if told.search(key) else clause for key, value in (product.attributes.items() if product else ())
            if told is not None and _SENT_KEY.search(key) for clause in FACT_PARTS.split(value)
            if told.search(clause) or told.search(key)]
    said = list(dict.fromkeys(said))
    if product is None or not said:
        return Answer("service_unknown", handoff=True)
    return Answer("own_terms", {"product": product.name, "terms": "，".join(said)})


#: Picking the goods up asked (能自提吗), and the goods' words of it.
_PICKUP_ASKED = re.compile(r"自提|自取|到店取|面交|当面交易")
_PICKUP_SAID = re.compile(r"自提|自取|到店")
#: The goods brought to the door asked (送货上门吗, 要自己去提吗), and the goods' words of it (either way).
_HOME_ASKED = re.compile(r"送货上门|送上门|送到家|家门口|送到门口|上楼|自己(去)?(提|取|拿)|去(物流点|站点|网点)提")
_HOME_SAID = re.compile(r"上门|送到家|送到楼下|上楼|自提|自取")
#: Sent by air asked (能走空运吗, 能发航空件吗), and the goods' words of it (只走陆运,不能走航空件).
_AIR_ASKED = re.compile(r"空运|航空|飞机")
_AIR_SAID = re.compile(r"空运|航空|陆运|飞机")


def _place_asked(answer: Answer) -> str:
    """What an answer of a place leaves asked: how long to it, where it tells that (「那青海呢」 next asks
    how long to 青海), else the place."""
    return _PLACE_DAYS if any(a.case.startswith("delivery") for a in (answer, *answer.also)) else _PLACE_ASKED


def _couriers_for(question: Question) -> list[str]:
    """The couriers the item may go by: the product's own, else the shop's default first; a
    variant whose own fact names the courier it goes by (锁鲜装只走顺丰冷链) goes by that one, and
    one the buyer just asked for (「能指定德邦不」 … 「包邮吗 几天到」) goes first."""
    only = _own_couriers(question)
    if only is not None:
        return list(only[1])
    every = _shop_couriers(question.shop.shipping)
    asked = question.conversation.asked or ""
    chosen = asked.removeprefix(_COURIER_ASKED).removesuffix(_DAYS_TOO) if asked.startswith(_COURIER_ASKED) else None
    own = _variant_courier(question, every) or (chosen if chosen in every else None)
    return [own, *(name for name in every if name != own)] if own is not None else every


def _shop_couriers(shipping: Shipping) -> list[str]:
    """The shop's couriers, its default first."""
    return [shipping.default_courier, *(c.name for c in shipping.couriers if c.name != shipping.default_courier)]


def _own_couriers(question: Question) -> tuple[str, list[str]] | None:
    """The couriers the item goes by and no other, with what it is called: the product's own
    (``couriers``), or the one a fact of how it is sent says the variant asked of goes by
    alone (配送方式: 大株只走德邦物流 -> 德邦 for 大株)."""
    product = question.product
    if product is None:
        return None
    if product.couriers:
        return product.name, list(product.couriers)
    every = _shop_couriers(question.shop.shipping)
    # (a fact may send a variant by a courier the shop lists nowhere else: 3.2米只能走德邦物流; or the whole
    # product: 样品走中通快递, of a tile shop that sends its boxes by 德邦)
    known = [*every, *(c for c in COURIERS if c not in every)]
    own = _variant_courier(question, known, only=True)
    if own is None:
        goes_by = _product_couriers(product, known)
        return (product.name, goes_by) if goes_by else None
    colour, size = _named_variant(question, product)
    return f"{product.name} {' '.join(n for n in (colour, size) if n)}", [own]


#: A courier said to be the one way: 只走德邦, 只能发顺丰, 统一走中通, 仅发EMS.
_ALONE = r"(?:只|仅|统一|都|全部)(?:能|可以)?(?:走|发|用)"


def _said_alone(question: Question, couriers: list[str]) -> bool:
    """Whether the product's own couriers are its file's (``couriers``) or a fact of how it is sent
    says it goes by them alone (只走德邦), not only which one it goes by (28寸走德邦)."""
    product = question.product
    return product is not None and (bool(product.couriers) or any(
        re.search(_ALONE + re.escape(c), value) or _NO_OTHER_COURIER.search(value)
        for key, value in product.attributes.items() if _SENT_KEY.search(key) for c in couriers))


#: A fact of how goods are sent that refuses any other courier: 不能指定别的快递, 不能换其他快递.
_NO_OTHER_COURIER = re.compile(r"(不能|不可以|无法|不支持)(指定|选|换|改)(成)?(别的|其他|其它)(快递|物流)")


def _variant_names(product: Product) -> list[str]:
    """Every variant's names of two characters or more (锁鲜装, 锁鲜, 10kg装), in lower case: what a
    fact's clause names to speak of one variant only."""
    return [n.lower() for v in (*product.colours, *product.sizes) for n in product.names_of(v) if len(n) >= 2]


def _product_couriers(product: Product, couriers: list[str]) -> list[str]:
    """The couriers a fact of how the whole product is sent says it goes by: those it names as its
    only ones (配送方式: 钓箱体积大,只发中通和顺丰), else the one it names where it names no other and no
    variant of it (大件走安能家具物流专线); [] otherwise."""
    variants = _variant_names(product)
    found = set()
    for key, value in product.attributes.items():
        if not _SENT_KEY.search(key):
            continue
        named = [c for c in couriers if c in value and not _refuses(value, c)]
        either = "|".join(map(re.escape, named))
        for clause in FACT_PARTS.split(value):
            if names_a_place(clause):
                continue  # (12月到2月,黑龙江、吉林…只走顺丰: a rule of those places, not of every parcel)
            listed = re.search(f"{_ALONE}((?:{either})(?:(?:和|与|跟|或者|或|及|、|/)(?:{either}))+)", clause) \
                if named and not any(n in clause.lower() for n in variants) else None
            if listed is not None:
                return sorted((c for c in named if c in listed[1]), key=listed[1].index)
            for courier in named:
                if re.search(r"(?:只|统一|都|全部)?(?:能)?(?:走|发|用)" + re.escape(courier), clause) \
                        and not any(n in clause.lower() for n in variants):
                    found.add(courier)
        if len(named) > 1 and (default := _DEFAULT.search(value)) is not None and default[1] in named \
                and not any(n in value.lower() for n in variants):
            # (整车默认德邦,指定顺丰另加60元: 德邦 first, 顺丰 the other it may go by; none of the shop's others)
            return [default[1], *sorted((c for c in named if c != default[1]), key=value.index)]
        if len(named) > 1:
            return []  # (中通或顺丰都可以: a choice, not the one way)
    return [found.pop()] if len(found) == 1 else []


def _said_default(product: Product, courier: str) -> bool:
    """Whether a fact of how ``product`` is sent names ``courier`` its default (默认德邦)."""
    return any((m := _DEFAULT.search(value)) is not None and m[1] == courier
               for key, value in product.attributes.items() if _SENT_KEY.search(key))


#: A courier said to be the one goods go by unless another is asked for: 默认德邦, 默认走顺丰.
_DEFAULT = re.compile(r"默认(?:是|走|发|用)?(?:的是)?([^\s,，。;；、和或及与跟/]{2,6}?)"
                      r"(?:快递|物流|速运|快运|发货|配送|,|，|;|；|、|$)")


#: A product's own facts of when the shop takes it round itself: 预订时间, 配送时段, 送达时间, 自提.
_OWN_TIME_KEY = re.compile(r"预订|预定|提前|配送时|送货时|送达|时段|自提|营业")
#: Goods booked a day or more ahead, taken on no day itself: 花篮要提前一天预订,不接当天单.
_BOOKED_AHEAD = re.compile(r"提前[\d一二两三]+天(?:预订|预定|下单|订)|不接当天")
#: A product's own fact of what that costs: 配送费, 运费.
_OWN_FEE_KEY = re.compile(r"配送费|送货费|运费|邮费")
#: What it costs, asked: 包邮吗, 运费多少, 配送费, 要加钱吗.
_COST_ASKED = re.compile(r"包邮|包油|包游|运费|邮费|配送费|送货费|加钱|收费|要钱|免费送")
#: Taking it round asked (能送吗, 几点送, 送到, 配送), not what is given with it (送蜡烛吗).
_TAKEN_ROUND = re.compile(r"送(?:到|达|货|过去|上门)|配送"
                          r"|(?:能|可以|能不能|可不可以|什么时候|啥时候|几点|哪天|今天|明天|后天|当天)送")
#: Characters that say nothing of a place, in the pairs of a line looked for in an area's words.
_NO_PLACE = frozenset("送能吗呢可以到几点天今明后的了我你要么不没有哪是在发给去送货配区市")


def _delivered_by_itself(question: Question, topic: str | None) -> Answer | None:
    """Of goods whose own words send them by no courier (只做杭州市内同城配送,也不发快递): what it costs,
    where it goes, or when, in their own facts (配送费; 配送范围, where a place of it is named; 预订时间,
    配送时段), never the shop's courier, cut-off or postage; where they say nothing of it, where they go,
    for a person to finish. None for other goods, or for a question of none of these."""
    product = question.product
    if product is None or topic in ("abroad", "origin", "courier") or _refused_here(question, None) is None:
        return None
    text = question.message.text
    if question.message.entities.regions:
        # 「德阳能送吗」「那德阳呢」 of flowers whose 配送范围 says 德阳、眉山市区加收配送费40元,要提前一天预订: that
        # clause; a place its words do not name, whether it goes there, by the rules of places below
        named = [clause for key, value in product.attributes.items() if _AREA_KEY.search(key)
                 and not _OWN_FEE_KEY.search(key) and not _OWN_TIME_KEY.search(key)
                 for clause in FACT_PARTS.split(value) if _place_in(text, clause)]
        if len(named) >= 2:
            # 「上海松江外环外的能送吗」 of 只做杭州、上海…;…,上海是外环以内: all its terms, never a courier's days
            return Answer("own_delivery", {"product": product.name,
                                           "terms": _stated(product, _AREA_KEY, _OWN_FEE_KEY, _OWN_TIME_KEY)})
        return Answer("own_delivery", {"product": product.name, "terms": named[0]}) if named else None
    area = _stated(product, _AREA_KEY, _OWN_FEE_KEY, _OWN_TIME_KEY)
    own = "".join((product.name, *product.aliases))  # (蛋挞 of 「蛋挞今天能送吗」 names the goods, not a place)
    pairs = {pair for i in range(len(text) - 1) if (pair := text[i:i + 2]) not in own}
    if topic == "fee" or _COST_ASKED.search(text):
        fee = _stated(product, _OWN_FEE_KEY)
        return Answer("own_delivery", {"product": product.name, "terms": fee or area}, handoff=not fee)
    if area and any(pair in area for pair in pairs if not set(pair) & _NO_PLACE) \
            and not (TODAY.search(text) and _stated(product, _OWN_TIME_KEY)):
        # 「滨江能送吗」: where it goes (「今天下午能送到滨江吗」: whether today, by its own time, below)
        return Answer("own_delivery", {"product": product.name, "terms": area})
    said = question.message.entities
    if question.conversation.asked == _OWN_TIMES_ASKED and (said.sizes or said.colours) and topic is None:
        # 「明天上午能到吗」 … 「99朵的呢」 of roses whose 预订时间 says 99朵要提前一天预订: that clause
        times = _stated(product, _OWN_TIME_KEY)
        clause = _variants_clause(product, times, _of_said(question))
        if clause != times:
            return Answer("own_delivery", {"product": product.name, "terms": clause}, {"asked": _OWN_TIMES_ASKED})
    if topic in ("ship_time", "delivery") or _TAKEN_ROUND.search(text):
        times = _stated(product, _OWN_TIME_KEY)
        # (「今天能送不」 right after 「99朵今天能送不」: of the 99朵 still, the variant talked of where none is named)
        talked = question.remembered(product) if not (said.sizes or said.colours) else (None, None)
        of_variant = " ".join((_of_said(question), *(name for name in talked if name)))
        clause = _variants_clause(product, times, of_variant) if times else ""
        if times and TODAY.search(text) and SAME_DAY.search(times) and clause == times:
            # 「今天能送到吗」 at 10:20 of 当天16点前付款可以当天送到: yes, held to the clock (not of a variant
            # named whose own clause says otherwise, 99朵要提前一天预订; on a day a fact speaks of itself,
            # 平安夜…节日当天送的要提前3天预订 on 12月24日, a person squares the two)
            if _says_of_today(product, question.now.date()):
                return Answer("own_delivery", {"product": product.name, "terms": times}, handoff=True)
            timed = _own_time(Answer("ship_today"), product.name, times, question.now, question.shop.shipping, True,
                              _variant_names(product), _paid_at(text))
            if timed.case != "product_ship_time":
                return timed
        # (of a variant whose own clause says otherwise, 「99朵今天能送吗」 of …;99朵要提前一天预订: that clause)
        return Answer("own_delivery", {"product": product.name, "terms": clause or area},
                      {"asked": _OWN_TIMES_ASKED} if times else {}, handoff=not times)
    return None


def _of_said(question: Question) -> str:
    """The line with the shop's own names of the variants it names after it (99枝 of 「99朵的今天能送到吗」, a
    bouquet sold by the 枝), so a fact's clause that names the variant is found however the buyer counted it."""
    said = question.message.entities
    return " ".join((question.message.text, *said.sizes, *said.colours))


def _says_of_today(product: Product, today: dt.date) -> bool:
    """Whether a fact of the product names ``today`` (平安夜, 12月24日 on the 24th of December)."""
    names = names_of_day(today)
    return any(name in value for name in names for value in product.attributes.values())


def _place_in(text: str, clause: str) -> bool:
    """Whether ``clause`` names a place ``text`` says (德阳 of 「那德阳呢」), by two characters of it that say
    nothing else (`_NO_PLACE`)."""
    return any(pair in clause and not set(pair) & _NO_PLACE for pair in (text[i:i + 2] for i in range(len(text) - 1)))


def _stated(product: Product, key: re.Pattern[str], *besides: re.Pattern[str]) -> str:
    """The product's facts whose names ``key`` matches and none of ``besides`` does (配送时段 of
    _SLOT_KEY), as told: 「配送时段：…」."""
    return Facts(tuple((k, v) for k, v in product.attributes.items()
                       if key.search(k) and not any(other.search(k) for other in besides))).text


def _region_said(question: Question) -> str | None:
    """The region the line names, else the one the buyer said before (「我在新疆」 … 「几天到」), unless
    the shop sends nothing there and the fee or the courier is asked (「香港呢」 told 不发 … 「一支包邮吗」「发啥快递
    能走顺丰不」: for elsewhere)."""
    said = next(iter(question.message.entities.regions), None)
    before = question.conversation.region
    if said is None and before is not None and not _sends_to(question.shop.shipping, before) \
            and (_COST_ASKED.search(question.message.text) or question.message.entities.couriers
                 or _COURIER_WORD.search(question.message.text)):
        return None
    return said or before


#: A courier asked of in general: 发啥快递, 走什么物流.
_COURIER_WORD = re.compile(r"快递|物流")


def _sends_to(shipping: Shipping, region: str) -> bool:
    """Whether the shop sends anything to ``region`` (not 不发货, not a special region it does not serve)."""
    return shipping.delivers_to(region) and not (REGIONS[region].special and not shipping.special_regions.ships)


def _spot_asked(question: Question) -> Answer | None:
    """Of goods whose own fact says where the shop takes them (配送范围: 骑手只送上海外环以内), a spot no
    province or city names asked to be taken to (「瑞金医院能送吗」「送浦东陆家嘴可以吧」): that fact, for a
    person to say whether the spot lies in it. None where no such spot is asked, or the product says
    nothing of where it is taken."""
    product = question.product
    text = question.message.text
    if product is None or question.message.entities.regions:
        return None
    said = _SPOT_THEN_SEND.search(text) or _SEND_TO_SPOT.search(text)
    if said is None or _NOT_A_SPOT.search(said["spot"]) or len(set(said["spot"]) - _NO_PLACE) < 2 \
            or any(name in said["spot"] for name in (product.name, *product.aliases)):
        return None
    area = Facts(tuple((k, v) for k, v in product.attributes.items()
                       if _AREA_KEY.search(k) and _TAKEN_ROUND.search(f"{k}{v}"))).text
    return Answer("own_terms", {"product": product.name, "terms": area}, handoff=True) if area else None


#: A spot asked to be taken to, before 能送: 「瑞金医院能送吗」「我们小区可以送到吗」.
_SPOT_THEN_SEND = re.compile(r"(?:^|[,，\s])(?:那|那么|亲)?(?P<spot>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:能|可以|能不能)"
                             r"(?:送|配送)(?:到|过去)?(?:吗|么|嘛|不|吧)")
#: ... or after 送到: 「送浦东陆家嘴可以吧」.
_SEND_TO_SPOT = re.compile(r"送(?:到)?(?P<spot>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)"
                           r"(?:可以吗|可以吧|可以不|行吗|行不|能送吗|能到吗)")
#: Words of a time or the goods, not a spot: 今天, 晚上, 这个, 花.
_NOT_A_SPOT = re.compile(r"今天|明天|后天|晚上|上午|下午|中午|早上|几点|\d点|周[一二三四五六日天]"
                         r"|这个|这款|那个|这束|什么|啥|之前|以前|当天|现在|马上")


def _away(question: Question) -> bool:
    """Whether the buyer said, now or before, a place other than the one the shop sends from."""
    region = _region_said(question)
    return region is not None and not names_region(question.shop.shipping.ship_from, region)


def _slots_asked(question: Question) -> Answer | None:
    """Of goods whose own fact gives the times of day they are taken round (配送时段: 09:00-12:00、
    18:00-21:00), a time of day asked for them to come (「能指定晚上7点送到吗」「几点能送到」, after
    a question of sending 「那明天上午呢」): that fact. None where the product states none, or the
    time said is when the buyer pays (「晚上7点付款还能发吗」)."""
    product = question.product
    text = question.message.text
    again = question.conversation.last_intents[:1] == ("shipping",) and _SLOT_AGAIN.match(text) is not None
    if product is None or _PAYING.search(text) or not (_SLOT_ASKED.search(text) or again):
        return None
    times = _stated(product, _OWN_TIME_KEY)
    if TODAY.search(text) and SAME_DAY.search(times) and not _says_of_today(product, question.now.date()):
        # 「今天下午能送到滨江吗」 at 14:30 of 当天18点前付款可以当天送到: whether today, held to the clock
        timed = _own_time(Answer("ship_today"), product.name, times, question.now, question.shop.shipping, True,
                          _variant_names(product))
        if timed.case != "product_ship_time":
            return timed
    slots = _stated(product, _SLOT_KEY)
    return Answer("own_delivery", {"product": product.name, "terms": slots}) if slots else None


#: A product's own fact of the times of day it is taken round: 配送时段, 送达时间段, 可选时段.
_SLOT_KEY = re.compile(r"时段|时间段")
#: A time of day asked for the goods to come: 晚上7点送到, 几点能送到, 指定时间送, 上午能送吗.
_SLOT_ASKED = re.compile(r"(?:几点|上午|下午|中午|晚上|傍晚|早上|(?<!\d)\d{1,2}点)[^,，。?？!！]{0,6}?(?:送|到|配送)"
                         r"|指定[^,，。?？!！]{0,4}?(?:时间|几点|点)|时段")
#: The same asked again of another time of day, right after a question of sending: 「那明天上午呢」.
_SLOT_AGAIN = re.compile(r"^(?:那|那么)?(?:今天|明天|后天|周[一二三四五六日天])?(?:上午|下午|中午|晚上|傍晚|早上)"
                         r"(?:呢|可以吗|行吗|可以不|能送吗)?[?？]*$")
#: The time said is when the buyer pays: 晚上7点付款, 下午3点前拍.
_PAYING = re.compile(r"付款|付钱|下单|拍下|拍的|拍了|支付")


def _refused_here(question: Question, courier: str | None) -> tuple[str, str] | None:
    """The product's name and a clause of its own fact of how it is sent that says it does not go
    by ``courier`` (by any, where None): of the whole product, or of the variant asked of
    (10kg装不能指定顺丰, not asked of the 2kg bag)."""
    product = question.product
    if product is None:
        return None
    colour, size = _named_variant(question, product)
    asked = [n.lower() for n in product.names_of(colour, size) if len(n) >= 2] if colour or size else []
    others = _others_of_kind(product, colour, size)  # (膨润土4包装只发中通: not of the 膨润土 单包 asked)
    variants = _variant_names(product)
    for key, value in product.attributes.items():
        if not _SENT_KEY.search(key):
            continue
        for clause in FACT_PARTS.split(value):
            said = clause.lower()
            if _OTHER_GOODS.match(clause):
                continue  # 柴烧壶只发顺丰;其他茶具…不能指定顺丰: of the others, not of the teapot
            if _refuses(clause, courier) and (not any(n in said for n in variants) or (
                    any(n in said for n in asked) and not any(n in said for n in others))):
                return product.name, clause
    return None


def _others_of_kind(product: Product, colour: str | None, size: str | None) -> list[str]:
    """The names (lowered) of the product's other variants of each kind asked (the 4包装 beside the
    单包 asked): a clause naming one of them speaks of that one, not of the variant asked."""
    return [n.lower() for kind, one in ((product.sizes, size), (product.colours, colour)) if one is not None
            for v in kind if v != one for n in product.names_of(v) if len(n) >= 2]


def _by_no_courier(product: Product) -> bool:
    """Whether the product's own words of how it is sent send all of it by no courier at all
    (只做杭州市内同城配送,也不发快递), not a variant of it alone."""
    variants = _variant_names(product)
    return any(_refuses(clause, None) and not any(n in clause.lower() for n in variants)
               and not _OTHER_GOODS.match(clause)
               for key, value in product.attributes.items() if _SENT_KEY.search(key)
               for clause in FACT_PARTS.split(value))


#: A clause of a product's fact that speaks of the shop's other goods: 「其他茶具发中通或韵达」.
_OTHER_GOODS = re.compile(r"\s*(?:其他|其它|其余|别的|另外的|除此之外)")


def _refuses(text: str, courier: str | None) -> bool:
    """Whether ``text`` says the goods do not go by ``courier`` (10kg装不能指定顺丰, 不走顺丰), or by
    any courier at all (鲜花只做同城配送,不发快递; not 新疆不发快递, a rule of a place; not 不走快递,统一走德邦物流,
    a freight firm named in place of a parcel courier)."""
    if courier is not None and re.search(_NOT_BY + re.escape(courier), text) is not None:
        return True
    return any(re.search(_NOT_BY + "(?:快递|物流)", part) is not None and not names_a_place(part)
               for part in SMALL_PARTS.split(text)) and not _goes_by_one(text)


def _goes_by_one(text: str) -> bool:
    """Whether ``text`` names a courier the goods go by (统一走德邦物流), not one they do not (不走顺丰)."""
    said = text.lower()
    return any(re.search(_NOT_BY + "$", said[:found.start()]) is None
               for alias in courier_aliases() if len(alias) >= 2 and alias in said
               for found in re.finditer(re.escape(alias), said))


#: Said before a courier that the goods do not go by: 不能指定, 不走, 不支持.
_NOT_BY = r"(?:不能|不可以|不可|不支持|无法|没法|不)(?:指定|选|走|发|用)?"
#: A fact of how the goods are sent: 配送方式, 快递, 物流, 发货方式.
_SENT_KEY = re.compile(r"配送|快递|物流|发货方式|运输|运费|邮费|偏远|送货")
#: A fact of a product's own that says where it is sent from: 发货地, 发货仓, 仓库.
_ORIGIN_KEY = re.compile(r"发货地|发货仓|发货城市|发出地|仓库|发货地址")
#: Where it leaves from, said in a product's own words: 从上海仓发货, 广州仓发出, 由义乌发货.
_SENT_FROM = re.compile(r"(从|由)(?![^发寄]*[下付拍起天内后前日周月号时])[\u4e00-\u9fff]{2,6}(发货|发出|寄出)"
                        r"|[\u4e00-\u9fff]{2,4}仓(发货|发出)")  # (not 从下单起三天内发货: when, not where)


def _variant_courier(question: Question, couriers: list[str], only: bool = False) -> str | None:
    """The courier a fact of how it is sent names in the clause of the variant asked of
    (配送方式: 真空装走中通;锁鲜装只走顺丰冷链 -> 顺丰 for 锁鲜装); ``only``: where the clause
    says it goes by that one alone (只走, 只发, 只能走)."""
    product = question.product
    if product is None:
        return None
    colour, size = _named_variant(question, product)
    names = product.names_of(colour, size)
    others = _others_of_kind(product, colour, size)
    for key, value in product.attributes.items():
        if not names or not _SENT_KEY.search(key):
            continue
        # the clause, or the part of it between commas, that names the variant (从上海发中通快递,大号走德邦物流)
        for clause in (part for whole in FACT_PARTS.split(value) for part in (whole, *SMALL_PARTS.split(whole))):
            if any(says(clause, name) for name in names) and not any(
                    says(_without_listed(clause, names, others), name) for name in others):
                named = [c for c in couriers if c in clause and not _refuses(clause, c)]
                if len(named) != 1:
                    continue
                # (50cm和60cm走京东物流;80cm走德邦大件: each variant's own, as much as 只走)
                rest = value.replace(clause, "")
                by_variant = re.search(r"(走|发|用)" + re.escape(named[0]), clause) \
                    and any(c != named[0] and c in rest for c in couriers)
                if not only or by_variant or re.search(r"只(能)?(走|发|用)" + re.escape(named[0]), clause):
                    return named[0]
    return None


def _without_listed(clause: str, names: Sequence[str], others: Sequence[str]) -> str:
    """``clause`` without the variants it lists together with the one asked (3米和3.5米的罗马杆超长,只能走德邦:
    of 3米 as much as of 3.5米), so that the others it still names are the ones it speaks of apart."""
    every = "|".join(re.escape(n) for n in sorted({*names, *others}, key=len, reverse=True))
    for listed in re.finditer(rf"(?:{every})(?:(?:和|、|跟|与|及|或|/)(?:{every}))+", clause, re.IGNORECASE):
        if any(says(listed.group(), name) for name in names):
            clause = clause.replace(listed.group(), "、")
    return clause


def _cost_of_courier_asked(text: str, couriers: Sequence[str]) -> str:
    """The clause of ``text`` asking what a courier named costs (顺丰要加钱吗 of 「发什么快递 顺丰要加钱吗」), where
    another clause asks something else; "" where none does."""
    clauses = [c for c in CLAUSE_BREAKS.split(text) if c.strip()]
    return next((c for c in clauses if len(clauses) > 1 and any(courier in c for courier in couriers)
                 and (_COST_ASKED.search(c) or _COURIER_COST.search(c))), "")


#: What a courier costs more, asked in its own words beside `_COST_ASKED`'s: 顺丰要补吗, 顺丰贵多少, 发顺丰多少钱.
_COURIER_COST = re.compile(r"补|贵|多少钱")


def _with_entities(question: Question, entities: Entities) -> Question:
    """``question`` as if its line had said ``entities`` (one courier of several, the place told before)."""
    return dataclasses.replace(question, message=dataclasses.replace(question.message, entities=entities))


def _later_day(question: Question) -> Question | None:
    """``question`` as asked of a later day it names to ship on beside today (「今天能发吗 明天周六发不发」:
    明天周六), today's words left out; None where it names none."""
    text, today = question.message.text, question.now.date()
    said = TODAY.search(text)
    if said is None:
        return None
    rest = text[:said.start()] + " " * (said.end() - said.start()) + text[said.end():]
    later = day_named(rest, today)
    if later is None or later.date <= today or _SHIPS_ON.match(rest, later.end) is None:
        return None
    return question.asking(rest)


#: Shipping asked right after a day: 「明天周六发不发」「周日发货吗」.
_SHIPS_ON = re.compile(r"[^,，。?？!！\s]{0,3}?(发|寄|出)")


def _own_road_days(product: Product | None) -> tuple[str, str] | None:
    """The clause of the product's own fact of how it is sent that gives its days on the road
    wherever it goes (全国大部分地区都能发,一般3到5天到), naming no place, courier or variant; with
    the product's name and the fact's."""
    if product is None:
        return None
    names = _variant_names(product)
    return next(((f"{product.name}的{key}", clause) for key, value in product.attributes.items()
                 if _SENT_KEY.search(key) for clause in FACT_PARTS.split(value)
                 if _ROAD_DAYS.search(clause) and not names_a_place(clause) and not _FAR_SAID.search(clause)
                 and not any(c in clause for c in COURIERS) and not any(n in clause.lower() for n in names)), None)


def _own_terms(question: Question) -> tuple[str, str] | None:
    """The clauses of the product's own fact of how it is sent that speak of what the line asks:
    the place asked (新疆、西藏只能走EMS,8到12天到), a courier named (指定顺丰另加8元, 统一发顺丰,不用补差价)
    or the variant asked of (1.2米只走德邦物流,3到5天到); with the product's name and the fact's."""
    product = question.product
    if product is None:
        return None
    entities = question.message.entities
    region = _region_said(question)
    place = REGIONS.get(region or "")
    colour, size = _named_variant(question, product)
    variant = [n for n in (product.names_of(colour, size) if colour or size else ()) if len(n) >= 2]
    said = [n for n in (*(place.names if place else ()), *(place.groups if place else ()), *entities.couriers,
                        *variant) if len(n) >= 2]  # (东北三省要2到3天, asked of 哈尔滨)
    # a clause of the remote regions (偏远地区顺丰要补30元) speaks of a remote place asked, and of no other
    far = region is not None and region in question.shop.shipping.remote_regions
    # (「可以加钱发顺丰」 prices nothing the shop's own terms of that courier, 顺丰补10元, do not say better)
    table = any((terms := question.shop.shipping.courier(c)) is not None and terms.surcharge for c in entities.couriers)
    priced = _PRICED_SUM if table else _PRICED
    others = _other_variants(product, colour, size)
    for key, value in product.attributes.items():
        if not _SENT_KEY.search(key):
            continue
        # (a fact that begins with the variant and names no other speaks of it throughout: 20kg大袋太重,只走韵达;
        # 江浙沪皖和山东包邮,其他省份每袋另补15元运费 answers 「20kg的包邮吗 我广东的」)
        of_variant = any(value.lower().startswith(n.lower()) for n in variant) \
            and not any(n in value.lower() for n in others)
        # (of a place not remote, a clause's part on the remote ones is left out: 大号…4到6天到,偏远地区不送大号
        # answers 「大号的到广州几天」 by its first two parts)
        parts = FACT_PARTS.split(value) if far else [_near_part(c) for c in FACT_PARTS.split(value)]
        clauses = [c for c in parts if not _out_of_season(c, question.now.month)
                   and (of_variant or any(n.lower() in c.lower() for n in said) or (far and _FAR_SAID.search(c)))
                   and (far or not _FAR_SAID.search(c))
                   and not _of_another(c, variant, others)
                   # (指定顺丰的话…10斤补15元 prices a courier for 10斤: no answer to 「包邮吗」 that names none)
                   and (entities.couriers or not _COURIER_CHOSEN.search(c))
                   # (东北三省只发顺丰,每单另加5元 is of those places: no answer to 「发顺丰要加钱吗」 that names none)
                   and (region is not None or of_variant or any(n.lower() in c.lower() for n in variant)
                        or not names_a_region(c))
                   and (_ROAD_DAYS.search(c) or priced.search(c)  # (not 只发江浙沪: the area, told elsewhere)
                        # (大号的只能走德邦物流 answers 「大号能发顺丰吗」: the variant's own courier)
                        or (entities.couriers and any(n.lower() in c.lower() for n in variant)
                            and _COURIER_IN.search(c)))]
        if clauses:
            return f"{product.name}的{key}", "，".join(clauses)
    return None


#: The months a clause is said of: 5月到10月, 11月到次年4月, 12月至2月.
_MONTHS_SPAN = re.compile(r"(?<!\d)(\d{1,2})月(?:份)?\s*(?:到|至|-|~|～)\s*(?:次年|第二年|明年)?(\d{1,2})月")


def _out_of_season(clause: str, month: int) -> bool:
    """Whether ``clause`` is said of months that ``month`` is not in (5月到10月天热走顺丰冷链, in December)."""
    span = _MONTHS_SPAN.search(clause)
    if span is None:
        return False
    first, last = int(span[1]), int(span[2])
    return not (first <= month <= last if first <= last else month >= first or month <= last)


def _near_part(clause: str) -> str:
    """``clause`` without its parts on the remote regions (大号…德邦物流,4到6天到,偏远地区不送大号: the first two),
    where it says more than those; as it is otherwise."""
    parts = re.split(r"(?<=[,，])", clause)
    near = [part for part in parts if not _FAR_SAID.search(part)]
    return "".join(near).rstrip(",，") if near and len(near) < len(parts) else clause


#: A clause of a product's own words on a courier the buyer chooses: 指定顺丰的话…, 要发顺丰的…, 加钱可发顺丰.
_COURIER_CHOSEN = re.compile(r"(?:指定|要发|想发|选|改发|加钱(?:可以|可)?发|补差价发)(?:" + "|".join(COURIERS) + ")")


def _place_split(question: Question) -> str | None:
    """The clauses of a product's own fact of how it is sent that each name the place asked on either
    side of a line drawn within it (上海外环以内由本店骑手同城配送;上海外环外发顺丰次日达,运费15元), which
    only a person can place the buyer by; None where fewer than two do."""
    product = question.product
    place = REGIONS.get(_region_said(question) or "")
    if product is None or place is None:
        return None
    names = [n for n in (*place.names, *place.groups, *place.cities) if len(n) >= 2]
    for key, value in product.attributes.items():
        naming = [c for c in FACT_PARTS.split(value) if any(n in c for n in names)] if _SENT_KEY.search(key) else []
        inside = [c for c in naming if _INSIDE.search(c) and not _OUTSIDE.search(c)]
        outside = [c for c in naming if _OUTSIDE.search(c)]
        if inside and outside:
            return "；".join(c for c in naming if c in inside or c in outside)
    return None


#: Either side of a line drawn within a place: 外环以内, 市区 (inside); 外环外, 杭州以外, 郊县 (outside).
_INSIDE = re.compile(r"(?:外环|内环|中环|[二三四五六七]环)(?:以内|之内|内)|市区|城区|市内|主城区")
_OUTSIDE = re.compile(r"(?:外环|内环|中环|[二三四五六七]环)(?:以外|之外|外)|以外|之外|郊区|郊县|乡镇")


def _of_another(clause: str, variant: list[str], others: list[str]) -> bool:
    """Whether ``clause`` speaks of another variant than the one asked (28寸走德邦快递,到西藏另加40元, asked
    of 24寸), naming it and not the one asked."""
    lowered = clause.lower()
    return bool(variant) and any(n.lower() in lowered for n in others) \
        and not any(n.lower() in lowered for n in variant)


#: The remote regions, said as such in a product's words: 偏远地区顺丰要补30元.
_FAR_SAID = re.compile(r"偏远")
#: Days on the road a value says: 8到12天到, 3-5天, 2天左右 (not 提前3天下单).
_ROAD_DAYS = re.compile(r"\d+\s*(到|-|~|至)\s*\d+\s*天|\d+\s*天(内)?(到|送达|左右|能到)")
#: Whether it ships free, asked yes or no (「包邮吗」「包油不」), not the fee (「运费多少」) ...
_WHETHER_FREE = re.compile(r"包[邮油游由](?:吗|么|嘛|不|没|呀|啊|的吗|的不|没有)")
#: ... nor the threshold (「满多少包邮」「多少钱包邮」).
_THRESHOLD_ASKED = re.compile(r"满多少|多少(?:钱)?(?:才)?包|够不够包|门槛")
#: Any courier's name, for a pattern.
_ANY_COURIER = "|".join(map(re.escape, COURIERS))
#: Any courier named in a value.
_COURIER_IN = re.compile(_ANY_COURIER)
#: A courier's difference owed, with its sum: 要补顺丰差价10元, 加德邦差价20元.
_COURIER_GAP = re.compile(rf"(?:补|加|付)?(?:{_ANY_COURIER})?(?:的)?差价\s*\d+(?:\.\d+)?\s*(?:元|块)?")
#: A difference owed, said with no sum: 可以补差价发顺丰.
_OWED = re.compile(r"(?<!不用)(?<!无需)(?<!不)补差价")
#: A value that says what something costs: 另加8元, 补20元, 不加钱, 不用补差价.
_PRICED = re.compile(r"\d+(\.\d+)?\s*(元|块)|不加钱|免费|包邮|加钱|差价")
#: The same, a sum or nothing at all: what a courier's own terms cannot say better.
_PRICED_SUM = re.compile(r"\d+(\.\d+)?\s*(元|块)|(不|不用|无需|无须)(加钱|补差价|另收|补钱)|免费|包邮")


def _own_free_shipping(product: Product) -> str | None:
    """The clause of the product's own words that says it is sent free (包邮寄出, 运费: 本品包邮),
    with no condition (满2件包邮) and no place left out (偏远地区不包邮); not of a fact or a
    sentence on samples or gifts (布样: 可以免费寄纱样…包邮寄出: the samples go free, not the goods)
    or on goods sent back (来回运费我们出)."""
    samples = any(_NOT_THE_GOODS.search(name) for name in (product.name, *product.aliases))  # (a sample book's own)
    for key, text in (*product.attributes.items(), ("", product.selling_points)):
        if _NOT_THE_GOODS.search(key) and not samples:
            continue
        for sentence in SENTENCES.split(text):
            if (_NOT_THE_GOODS.search(sentence) and not samples) or _OF_RETURN.search(sentence):
                continue
            for clause in CLAUSE_BREAKS.split(sentence):
                if _FREE.search(clause) and not _FREE_BUT.search(clause):
                    return clause
    return None


#: A sentence of goods sent back, not of sending them (验机: 和描述不符包退,来回运费我们出).
_OF_RETURN = re.compile(r"来回|往返|寄回|退回|退货|包退|退换|换货")
#: What is sent beside the goods, not the goods: samples, gifts (布样, 寄纱样, 赠品, 色卡).
_NOT_THE_GOODS = re.compile(r"样品|[布纱色小试寄]样|赠品|礼品|色卡|试用装")


#: Free from a number of items, in a product's words: 任意3团及以上包邮, 满2件包邮, 2件起包邮.
_FREE_FROM = re.compile(rf"(?:满|任意|任选|拍)?\s*(\d+)\s*({COUNTERS})\s*(?:及|或)?(?:以上|起)?(?:就|才|可|即)?包邮")


def _free_from_count(product: Product) -> tuple[int, str] | None:
    """The number of items from which the product's own words send it free (毛线任意3团及以上包邮: 3, 团)."""
    for text in (*product.attributes.values(), product.selling_points):
        if (found := _FREE_FROM.search(text)) is not None and int(found[1]) >= 2:
            return int(found[1]), found[2]
    return None


def _promotion_ships_free(question: Question) -> str | None:
    """A promotion running for the item whose terms send the variant named free (试吃装9.9元包邮, asked of the
    试吃装), as its name and terms; None where none does, or no variant its terms name is asked of."""
    product = question.product
    if product is None:
        return None
    colour, size = _named_variant(question, product)
    named = [n for n in product.names_of(colour, size) if len(n) >= 2]
    for promotion in question.shop.promotions_on(question.now.date(), product):
        said = f"{promotion.name},{promotion.description}"
        if named and any(n in said for n in named) and any(
                _FREE.search(clause) and not _NOT_FREE.search(clause) for clause in CLAUSE_BREAKS.split(said)):
            return f"{promotion.name}：{promotion.description}"
    return None


def _own_free_terms(product: Product) -> str | None:
    """The clause of the product's own fact of how it is sent (运费, 配送方式) that says it is
    sent free on terms of its own (全国包邮(新疆、西藏除外), 满2件包邮), not that it is not (偏远地区不包邮)."""
    for key, value in product.attributes.items():
        if _SENT_KEY.search(key):
            clauses = CLAUSE_BREAKS.split(value)
            for clause in clauses:
                if _FREE.search(clause) and not _NOT_FREE.search(clause):
                    # (外环以内免费配送 beside 外环以外加收30元配送费: the whole of it, the places priced too)
                    priced = any(SUM_SAID.search(other) for other in clauses if other != clause)
                    return value if priced else clause
    return None


def _own_fee_fact(product: Product) -> str | None:
    """The product's own fact of how it is sent (配送方式, 运费) where it says the goods are never
    sent free (不参加包邮, 不包邮) and puts a sum on sending them (每单顺丰运费12元): that fact; none
    where it leaves out places only (偏远地区不包邮)."""
    for key, value in product.attributes.items():
        if _SENT_KEY.search(key) and _PRICED_SUM.search(value) and any(
                _NOT_FREE.search(clause) and not _PLACES_APART.search(clause) for clause in CLAUSE_BREAKS.split(value)):
            return value
    return None


#: Places said apart in a clause of sending: 偏远地区不包邮, 新疆西藏除外.
_PLACES_APART = re.compile(r"偏远|除外|以外|地区|新疆|西藏|青海|内蒙|港澳台|海外|国外")
#: Sent free, said in a product's words (not carried up free: 免费送货上楼) ...
_FREE = re.compile(r"包邮|免运费|免邮|免费配送|免配送费|免费送货(?!上楼|入户|进门|到楼上)|" + _WE_PAY)
#: ... or said not to be: 偏远地区不包邮, 不参加包邮.
_NOT_FREE = re.compile(r"不包邮|不免|不参加|不参与|不能包邮|没有包邮")
#: ... and what makes it no plain 包邮: a threshold, a no, a place or courier apart.
_FREE_BUT = re.compile(r"满\s*\d|不包邮|不参加|不参与|不免|偏远|除外|以外|以内|[\d一二两三四五六七八九十]\s*[件个份]"
                       r"|顺丰|港澳台|新疆|西藏")


#: The fields of an answer that tells the day the shop sends on (今天发, 周六发, 明天照常发).
_SHIP_DAY_TOLD = frozenset({"ship_day", "cutoff", "saturday_cutoff", "sunday_cutoff"})


def _named_variant(question: Question, product: Product) -> tuple[str | None, str | None]:
    """The variant the question is about: named in it, else the one talked about before
    (「那什么时候能发货」 right after 「灰盖十件套有吗」)."""
    entities = question.message.entities
    colour, size = product.variant_named(entities.colours, entities.sizes)
    told_colour, told_size = question.remembered(product)
    if colour is None and size is None:
        return told_colour, told_size
    # 「两罐大罐多少钱 包邮吗」 after 2段: 2段 800g, the half named with the other said before
    return colour or told_colour, size or told_size


def _only_remembered(question: Question) -> bool:
    """Whether the variant the question is about is only the one talked about before (none named now)."""
    product, entities = question.product, question.message.entities
    return product is not None and product.variant_named(entities.colours, entities.sizes) == (None, None) \
        and question.remembered(product) != (None, None)


def _count_asked_of_fee(text: str) -> int | None:
    """The count said in the clause that asks the fee, where the line asks more than it (「袜子一双多少
    三双包油吗」: three, not the one priced before); None where no other clause is there or none is said."""
    clauses = [c for c in CLAUSE_BREAKS.split(text) if c]
    if len(clauses) < 2:
        return None
    for clause in clauses:
        if _FEE_WORDS.search(clause) and (count := _A_COUNT.search(clause)) is not None:
            number = parse_numeral(count[1])
            return int(number) if number and number >= 1 and float(number).is_integer() else None
    return None


_FEE_WORDS = re.compile(r"包邮|包油|包游|运费|邮费|快递费")
_A_COUNT = re.compile(r"(\d+|[一二两三四五六七八九十]+)\s*(?:双|件|个|包|盒|袋|瓶|罐|条|支|只|套|份|箱|提|斤)")


#: The page's goods bought with another named: 和老花镜一起, 加个钢化膜, 搭个包.
_WITH_THIS = re.compile(r"一起|一块|连同|搭配|凑单|^(?:再)?(?:加|和|跟|搭)")


def _named_together(question: Question) -> tuple[str, float, int] | None:
    """Two or more products the line names, one of each (「一盒笔记本加一盒黑笔」: the notebooks, and the
    pens by their 黑笔), each of one price or of the variant named: their names, what they come to
    and how many they are; None where fewer are named, more than one of any, or a price is left open."""
    shop, said = question.shop, question.message.entities
    named = [p for pid in said.products if (p := shop.product(pid)) is not None]
    if named and ADDED.search(question.message.text):
        named = [*named, *owning(shop.products, said, named)]
        page = question.page
        if len(named) == 1 and page is not None and page not in named and _WITH_THIS.search(question.message.text):
            named = [page, *named]  # 「和老花镜一起买包邮吗」 on the cleaning kit's page: the kit and the glasses
    if len(named) < 2 or (said.quantity or 1) > 1:
        return None
    priced = [priced_as_said(product, said) for product in named]
    if any(each is None for each in priced):
        return None
    return "和".join(p.name for p in named), round(sum(each[1] for each in priced if each is not None), 2), len(named)



def _count_priced_before(question: Question) -> int | None:
    """The count the reply before priced (「两本多少钱」 … 「包邮不」: those two), where the line says none."""
    memory = question.conversation
    if question.message.entities.quantity or memory.last_intents[:1] != ("bargain",) \
            or memory.asked_of("bargain") != "price":
        return None
    return memory.quantity if memory.quantity and memory.quantity >= 2 else None


def _item_prices(question: Question) -> tuple[float, float, int] | None:
    """The price (lowest, highest) of the item asked about, times the number of them said
    (and that number): the variant named, else every variant when all are on the same side
    of the free-shipping threshold."""
    product = question.product
    if product is None:
        return None
    quantity = _count_asked_of_fee(question.message.text) or max(
        1, question.message.entities.quantity or _count_priced_before(question) or 1)
    colour, size = _named_variant(question, product)
    packs = packs_of(product, question.message.text) if size is None else None
    if packs is not None:  # 「两斤包邮吗」 of 500g packs: two of them
        size, quantity = packs
    by_size = any(s in product.prices for s in product.sizes)
    by_colour = any(c in product.prices for c in product.colours)
    if (size is not None or not by_size) and (colour is not None or not by_colour):  # the variant's own price
        price = product.price_of(colour, size) * quantity
        return price, price, quantity
    prices = [price * quantity for price in (product.price, *product.prices.values())]
    low, high = min(prices), max(prices)
    free = question.shop.shipping.ships_free
    return (low, high, quantity) if free(low, quantity) == free(high, quantity) else None


def _back_when(label: str, back: dt.date | None, question: Question) -> Answer:
    """What was asked (``label``) has nothing left to send: when it comes back, where the shop says,
    and the product's own time from then where its file says when it ships (印章都是现刻,付款后2到3天发货)."""
    if back is None:
        return Answer("sold_out", {"product": label})
    own = own_ship_time(question.product, question.message.text)
    if own is not None:
        return Answer("sold_out_restock_own", {"product": label, "restock_date": month_day(back), "ship_time": own[1]})
    return Answer("sold_out_restock", {"product": label, "restock_date": month_day(back)})


#: A product's own ship time that speaks of its pre-sale: 付完尾款后15到30天内发货, 预售款….
_OF_PRESALE = re.compile(r"尾款|定金|订金|预售")


def _leaves(question: Question) -> dt.date:
    """The day an order paid now leaves: the first its own words let the product in view go on, where
    they name those days (冬季活体只在周一到周四发货: on a Thursday evening, next Monday), else the shop's."""
    shipping = question.shop.shipping
    own = own_ship_time(question.product)
    leaves = own_ship_date(own[1], question.now, shipping) if own is not None else None
    return leaves or ship_date(question.now, shipping)


def _in_stock(question: Question) -> bool:
    """Whether the product talked of has something in stock, whatever was asked of it before
    (「几天到北京」 after 藏青 was told sold out, with no restock date, and the others in stock: the days
    of those; one coming back on a date is told its days from then)."""
    product = question.product
    return product is not None and any(count for sizes in product.stock.values() for count in sizes.values())


def _sold_out(question: Question, today: dt.date) -> tuple[str, dt.date | None] | None:
    """What was asked (the variant named, else the product), named, with the first restock
    date of it the shop gives, when the shop counts its stock and none of it is left; else None."""
    product = question.product
    if product is None or not product.stock:
        return None
    colour, size = _named_variant(question, product)
    left = [count for c, sizes in product.stock.items() if colour in (None, c)
            for s, count in sizes.items() if size in (None, s)]
    if not left or any(left):
        return None
    back = product.restock_of(colour, size, today)
    if back is None:  # (no size said of goods whose every size is out, each with its day back: the first of them)
        each = [product.restock_of(c, s, today) for c, sizes in product.stock.items() if colour in (None, c)
                for s in sizes if size in (None, s)]
        back = min((b for b in each if b is not None), key=lambda b: b.date) if each and None not in each else None
    return " ".join([product.name, *(n for n in (colour, size) if n is not None)]), back.date if back else None


#: When it is sent asked (多久发货, 几天发出), as against when it arrives (多久到).
_SHIPS_ASKED = re.compile(r"(多久|几天|多长时间|什么时候|啥时候)(才|能|可以|会)?(发货|发出|发|寄出)(?!.{0,2}到)")
#: A product's own attribute of when it ships (发货时间, 发货周期, 制作周期, 加工时间 of lenses made
#: to a prescription), with a time in it (7天内): over the shop's cut-off. (发货状态: 花苞状态发货
#: says how it comes, not when.)
_SHIP_TIME_KEY = re.compile(r"(发货|出货|备货|配送|送货)(时间|周期|时效|日期)"
                            r"|(生产|制作|定制|定做|订制|加工)(周期|时间)|工期|几天发")
_A_TIME = re.compile(r"\d|[一二三四五六七八九十两]\s*(天|日|周|个月|小时)|当天|次日|隔天|现货"
                     r"|(每|逢)?(周|星期)[一二三四五六日天]")  # (每周四发)
#: ... and of where it goes (配送范围, 发货地区, 配送方式: 只发江浙沪皖), naming a place: over the
#: shop's days to a region. (配送方式: 只走顺丰 names none: the shop's regions answer.)
_AREA_KEY = re.compile(r"配送(?!时间|周期|时效|日期)|冷链|(发货|可发|送达|发往|销售)(地区|区域|范围|省份|城市)"
                       r"|限发|不发地区|包邮|邮费|运费")  # (配送时间 says when, not where; 包邮: …,新疆西藏青海不发)


def _kind_ship_time(question: Question) -> tuple[str, str] | None:
    """With no product in view, the ship times of the kind of goods named (「买床元旦前能到北京吗」 of a
    shop whose beds are made to order): each of that category's, where every one of them says one."""
    if question.product is None:
        kind = of_category(question.shop.products, question.message.text)
        times = [own for p in kind if (own := own_ship_time(p)) is not None]
        if kind and len(times) == len(kind):
            return times[0] if len(times) == 1 else (kind[0].category or "", "；".join(f"{n}：{t}" for n, t in times))
    return None


def _promotion_delay(question: Question) -> Answer | None:
    """What a promotion running today says of shipping later than usual (双12狂欢: 活动期间单量大,
    发货可能延迟到付款后48小时内), said beside the ship day; None where none says so."""
    for promotion in question.shop.promotions_on(question.now.date(), question.product):
        said = next((part.strip() for part in FACT_PARTS.split(promotion.description)
                     if _SHIPPED.search(part) and _LATER.search(part)), None)
        if said:
            return Answer("promotion_delay", {"promotion_name": promotion.name, "note": said})
    return None


#: A clause of a promotion that speaks of shipping, and of it being later than usual.
_SHIPPED = re.compile(r"发货|发出|出库|寄出")
_LATER = re.compile(r"延迟|延后|推迟|顺延|晚|慢|排队|陆续|小时内|天内")


def _occasion_day(text: str, today: dt.date, occasion: re.Pattern[str]) -> NamedDay | None:
    """A day of the month said with what happens on it (「12号去四川爬山」「8号生日」), however far the
    question after it: that day. (A number of 号 said alone may be a size: not without the occasion.)"""
    for said in _DAY_OF_MONTH.finditer(text):
        if occasion.match(text, said.end()) and (day := day_named(f"{said[0]}到", today)) is not None:
            return day._replace(start=said.start(), end=said.end())
    return None


_DAY_OF_MONTH = re.compile(r"(?<![\d.])(?:\d{1,2}月)?\d{1,2}[号日]")


#: What a far region is told (its surcharge, and the days on the road after the parcel leaves).
_FAR_CASES = frozenset({"remote", "region_surcharge", "remote_free", "remote_courier"})


def _own_time(answer: Answer, product: str, ship_time: str, now: dt.datetime, shipping: Shipping,
              today_asked: bool = False, variants: Sequence[str] = (),
              paid: tuple[dt.time, str, int] | None = None) -> Answer:
    """``answer`` for a product whose file says when it ships (定制45天发货): what says the
    cut-off's ship day says the product's own time instead (a cut-off of its own in its words,
    当天15点前下单可以当天送到, held to the clock, or to the time the buyer says they pay today,
    ``paid`` as `_paid_at` reads it, also where arriving today is asked: ``today_asked``; on a day
    the shop does not ship, the day it ships next); whether it arrives by another day then needs
    a person."""
    facts = {"product": product, "ship_time": ship_time}
    within = answer.facts.get("within")
    if answer.case in ("delivery_dates", "delivery_default_dates") and isinstance(within, tuple) \
            and (latest := _sent_within(ship_time, now.date(), shipping)) is not None \
            and not _TO_THE_DOOR.search(ship_time):
        # 「发到上海大概几号能到」 of 付款后3个工作日内发货: the last day it leaves, and the day it arrives by
        told = {k: answer.facts[k] for k in ("region", "days") if k in answer.facts}
        return Answer(answer.case.replace("_dates", "_own_by"), facts | told | {
            "latest": day_label(latest, now.date()), "by": month_day(latest + dt.timedelta(days=within[1]))},
            answer.remember)
    if answer.case in ("delivery", "delivery_default") and _TO_THE_DOOR.search(ship_time):
        # (整车付款后1到3天内,当地门店预约送货上门: the whole way to the buyer, no courier's days after it)
        return Answer("product_ship_time", facts, answer.remember)
    if answer.case in ("delivery", "delivery_default"):
        told = {k: answer.facts[k] for k in ("region", "days") if k in answer.facts}
        return Answer(answer.case + "_own", facts | told, answer.remember)
    same_day = SAME_DAY.search(ship_time)
    today, of_today = now.date(), not answer.case.startswith("arrive_") or today_asked
    # the next day it leaves: the first its own words let it (只在周一到周四发货), else the shop's next
    leaves = own_ship_date(ship_time, now, shipping)
    after = leaves if leaves is not None and leaves != today else next_working_day(today, shipping)
    if same_day is not None and of_today and not is_working_day(today, shipping):
        # 「今天发货吗」 on the Sunday the shop rests, of 16点前付款当天发: not today, from its next day
        return Answer("own_day_off", facts | {"ship_day": day_label(after, today)}, answer.remember)
    if of_today and leaves is not None and not sends_on(ship_time, today.weekday()):
        # 「今天拍今天能发吗」 on a Saturday, of 冬季活体只在周一到周四发货: not today, the day its words let it go
        return Answer("own_weekday_off", facts | {"ship_day": day_label(leaves, today)}, answer.remember)
    cutoff = own_cutoff(ship_time)
    if same_day is not None and cutoff is not None and of_today and sends_on(ship_time, today.weekday()) \
            and not _of_some(ship_time, same_day.start(), variants):
        said = f"{cutoff.hour}点" + (f"{cutoff.minute}分" if cutoff.minute else "")
        if now.time() < cutoff and paid is not None and paid[0] >= cutoff and not paid[1].endswith("前"):
            # 「下午四点拍今天还能送吗」 at 10:30 of 当天15点前付款可以当天送到: paid past it, the day after
            return Answer("own_paid_late", facts | {"paid_at": paid[1], "cutoff": said,
                                                    "ship_day": day_label(after, today)}, answer.remember)
        if now.time() < cutoff:  # 「今天能送到吗」 at 13:20 of 当天15点前下单可以当天送到: yes
            return Answer("own_same_day", {"product": product, "cutoff": said, "done": same_day["done"]},
                          answer.remember)
        # (at 16:30 on a Thursday, of 周一到周四15点前付款当天发: next Monday)
        return Answer("own_same_day_passed", facts | {"cutoff": said, "ship_day": day_label(after, today)},
                      answer.remember)
    # (whether it arrives by a day asked needs a person, but for goods booked ahead with no same day of their own:
    # 「99朵的今天能送到吗」 of 99枝要提前一天预订 is told that, which says not today)
    booked = same_day is None and _BOOKED_AHEAD.search(ship_time) is not None and today_asked
    return Answer("product_ship_time", facts, answer.remember, handoff=answer.case.startswith("arrive_") and not booked)


#: How long after payment a product's own words say it leaves at the latest: 付款后3个工作日内发货,
#: 3到5个工作日发货, 第3个工作日发货, 7天内发出.
_SENT_WITHIN = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十]+)\s*(?:到|-|~|～|至)\s*)?"
                          r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*个?(?P<unit>工作日|天)(?:内|之内|以内)?"
                          r"(?:做好|做完|制作好|备好|生产好)?(?:发货|发出|发)")  # (付款后3-5天做好发货)


def _sent_within(ship_time: str, today: dt.date, shipping: Shipping) -> dt.date | None:
    """The last day an order paid today leaves by the product's own words (付款后3个工作日内发货: the third
    working day after today), where they say it once; None where they do not or say it of several ways."""
    said = _SENT_WITHIN.findall(ship_time)
    if len(said) != 1:
        return None
    count, unit = parse_numeral(said[0][0]), said[0][1]
    if count is None or not 0 < count <= 60:
        return None
    if unit == "天":
        return today + dt.timedelta(days=int(count))
    day = today
    for _ in range(int(count)):
        day = next_working_day(day, shipping)
    return day


#: What a clause of a product's ship time begins with when it speaks of some orders only: 刻字的, 不刻字的现货.
_SOME_ORDERS = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z0-9]{1,6}?)的")


def _of_some(ship_time: str, at: int, variants: Sequence[str] = ()) -> bool:
    """Whether the clause of ``ship_time`` holding ``at`` speaks of some orders only (不刻字的16点前付款当天发,
    or begun by one of ``variants``, the product's variant names: 单镜框16点前付款当天发货) beside another clause
    (刻字的付款后3到5天发货): its cut-off is not the product's, asked of plainly."""
    clauses = [clause for clause in FACT_PARTS.split(ship_time) if clause.strip()]
    start = 0
    for clause in FACT_PARTS.split(ship_time):
        if start <= at < start + len(clause):
            some = _SOME_ORDERS.match(clause) is not None or any(clause.strip().lower().startswith(v) for v in variants)
            return len(clauses) > 1 and some
        start += len(clause) + 1
    return False


def _clause_asked(ship_time: str, text: str) -> str:
    """The clause of a product's ship time whose orders ``text`` names (「刻字的话几天发货」 of
    刻字的付款后3到5天发货;不刻字的16点前付款当天发: the first; the longest named where one holds
    another, 不刻字 over 刻字); else all of it."""
    named = [(m[1], clause.strip()) for clause in FACT_PARTS.split(ship_time)
             if (m := _SOME_ORDERS.match(clause)) is not None and m[1] in text]
    return max(named, key=lambda said: len(said[0]))[1] if named else ship_time


def own_ship_time(product: Product | None, text: str = "", away: bool = False) -> tuple[str, str] | None:
    """The product's name and what its file says of when it ships, if it says so: a fact named
    in ``text`` that speaks of it first (刻字: 刻字的订单多3天发货, for 「刻字的话什么时候发」).
    ``away``: the buyer is in a place other than the shop's own, where the goods the shop takes
    round itself nearby go by courier (its 预订时间 of 当天送到 is not theirs)."""
    if product is None:
        return None
    return _named_ship_time(product, text) or next(
        ((product.name, _variants_clause(product, _clause_asked(value, text), text))
         for key, value in product.attributes.items()
         if _SHIP_TIME_KEY.search(key) and not _AREA_KEY.search(key) and _A_TIME.search(value)), None) or next(
        # (预订时间: 当天15点前付款可以当天送到, of goods the shop also takes round itself: its own cut-off)
        ((product.name, _variants_clause(product, value, text)) for key, value in product.attributes.items()
         if not away and _OWN_TIME_KEY.search(key) and (SAME_DAY.search(value) or _BOOKED_AHEAD.search(value))),
        None) or next(
        ((product.name, part) for key, part in _paid_then_sent(product) if not _of_an_option(product, key, part)), None)


#: A clause of a product's ship time saying it goes as the shop's others do: 按店铺的发货时间发, 正常发货.
_AS_USUAL = re.compile(r"按(?:店铺|本店|店里|正常|平时|平常)的?(?:正常)?(?:发货)?时间|正常发货|正常时间发")


def _as_usual(question: Question, own: tuple[str, str] | None) -> tuple[tuple[str, str] | None, str]:
    """A product's own ship time (``own``) where a clause says some orders go as the shop's others do
    (单镜框是现货,按店铺的发货时间发;配镜片的…付款后3到5个工作日发货): none (the shop's day is worked out)
    and the other clauses, to tell beside it; where another variant than the one that clause names is
    asked (「配1.56的什么时候发」), those clauses as its own time and nothing beside. ``own`` and "" where
    no clause says so."""
    if own is None or question.product is None:
        return own, ""
    clauses = [clause.strip() for clause in FACT_PARTS.split(own[1]) if clause.strip()]
    usual = [clause.lower() for clause in clauses if _AS_USUAL.search(clause)]
    if not usual:
        return own, ""
    rest = "；".join(clause for clause in clauses if not _AS_USUAL.search(clause))
    product = question.product
    _, size = _named_variant(question, product)
    named = [v for v in product.sizes
             if any(_names(n.lower(), clause) for n in product.names_of(v) for clause in usual)]
    if size is not None and named:  # (S码 asked of S码是现货,按店铺的发货时间发: the shop's day alone)
        return (None, "") if size in named else (((own[0], rest) if rest else None), "")
    return None, rest


#: A product's own time of sending that takes it to the buyer's door itself (门店预约送货上门, 到家安装交车) or says
#: the days on the road after it leaves too (发货后江浙沪3到5天、其他地区5到10天送到; 48小时内发货,3到6天到): the
#: whole way, no courier's days to the region after it.
_TO_THE_DOOR = re.compile(r"送货上门|送上门|配送上门|送到家|上门交车|交车|送货入户"
                          r"|(?:发货|发出|寄出)(?:(?:以?后)[^。;；]{0,12}?|[,，]\s*)\d+(?:到|-|~|至)?\d*(?:个工作日|天)(?:左右|内)?"
                          r"(?:送到|到货|送达|能到|到)")


#: What tells the day an order leaves.
_SHIP_DAY_CASES = frozenset({"ship_today", "ship_later", "product_ship_time", "delivery_own", "delivery_default_own",
                             "own_same_day", "own_same_day_passed", "own_day_off", "own_weekday_off"})


def _of_variants(product: Product, ship_time: str) -> bool:
    """Whether a product's own ship time names one of its variants (大号1.6米的…付款后3天内发出): it differs by them."""
    lowered = ship_time.lower()
    return any(_names(n.lower(), lowered) for v in (*product.colours, *product.sizes) for n in product.names_of(v))


def _names(name: str, clause: str) -> bool:
    """Whether ``clause`` names a variant by ``name``: S of S码, not of XS (a name of letters, by itself)."""
    if not name.isascii():
        return len(name) >= 2 and name in clause
    return re.search(rf"(?<![a-z0-9.]){re.escape(name)}(?![a-z0-9.])", clause) is not None


def _variants_clause(product: Product, value: str, text: str) -> str:
    """The clauses of ``value`` naming a variant ``text`` names, by any of its names (99朵要提前一天预订, for
    「99朵的今天能送吗」), else all of it."""
    lowered = text.lower()
    said = [name.lower() for v in (*product.colours, *product.sizes)
            if any(len(n) >= 2 and n.lower() in lowered for n in product.names_of(v))
            for name in product.names_of(v) if len(name) >= 2]  # (只要镜框 of 单镜框: the clause of 单镜框)
    named = [_from_name(clause, said) for clause in FACT_PARTS.split(value)
             if any(name in clause.lower() for name in said)]
    return "；".join(named) or value


def _from_name(clause: str, names: Sequence[str]) -> str:
    """``clause`` from the part that says one of ``names`` on (现货付款后48小时内发出,大号1.6米的要修根,付款后3天内
    发出, of 大号: 大号1.6米的要修根,付款后3天内发出)."""
    parts = re.split(r"(?<=[,，])", clause)
    at = next((i for i, part in enumerate(parts) if any(name in part.lower() for name in names)), 0)
    return "".join(parts[at:]).strip()


def _option_ship_time(product: Product | None, quantity: int | None = None) -> str | None:
    """What a fact says of when one way of buying the product ships (刻字款付款后第3个工作日发货), where
    one says so (`_of_an_option`); a way for orders of so many (30套以上的班级团购…) only where the
    ``quantity`` said reaches it; None otherwise."""
    if product is None:
        return None
    told = []
    for key, part in _paid_then_sent(product):
        if not _of_an_option(product, key, part) or (_AT_LEAST.search(part) and not _so_many(part, quantity)):
            continue
        clause = next(c for c in re.split(r"[,，]", part) if _PAID_THEN_SENT.search(c))
        # the clause that says it, where it names the way (刻字款付款后第3个工作日发货), else the words
        # up to it that do (藕粉是预售款,付款后25天左右发货)
        told.append(clause if _of_an_option(product, key, clause) else part[:part.index(clause) + len(clause)])
    return "；".join(dict.fromkeys(told)) or None


def _paid_then_sent(product: Product) -> list[tuple[str, str]]:
    """Each (fact's name, part of its value) that says how long after paying the product is sent."""
    return [(key, part) for key, value in product.attributes.items() for part in FACT_PARTS.split(value)
            if _PAID_THEN_SENT.search(part)]


def _of_an_option(product: Product, key: str, part: str) -> bool:
    """Whether a fact's ``part`` speaks of one way of buying the product, not of every order: it
    names the fact itself (刻字: 刻字款付款后第3个工作日发货) or one of its variants (礼盒装付款后3天发货).
    Asked of by name (「刻字的话几天发」), it is `_named_ship_time`'s."""
    said, name_of_it = part.lower(), key.lower()
    # (the product's own name before it names the goods, not a way: 尤克里里左手款… of 左手琴 begins 左手款)
    own = sorted((n.lower() for n in (product.name, *product.aliases, product.category or "") if len(n) >= 2),
                 key=len, reverse=True)
    said = next((said[len(name):] for name in own if said.startswith(name)), said)
    # (or begins with the start of it: 定制的付款后20天内发货 of 定制尺寸; or says its point: 刻字 of 能不能刻字, in
    # 刻字的付款后第4个工作日发货; a fact named for when every order ships, 发货时间, is no option)
    begins = said.startswith(name_of_it[:2]) and not _SHIP_TIME_KEY.search(name_of_it)
    return (len(name_of_it) >= 2 and (name_of_it in said or begins)) \
        or bool((point := _way_point(key)) and point in said) \
        or any(name in said for name in _variant_names(product)) \
        or _FOR_MANY.search(said) is not None or bool(_conditions(said))
    # (30套以上的班级团购付款后5到7天发完: orders of so many; 改颗数的属于定制款,付款后3天内发货: those changed)


def _way_point(key: str) -> str:
    """The point of a fact's name that says a way of buying (刻字 of 能不能刻字), by which buyers and its
    own value call that way; "" for a name too short to say one, or one of when every order ships (发货时间)."""
    point = stem_of(key)
    return point if len(point) >= 2 and not _SHIP_TIME_KEY.search(key) else ""


def _conditions(part: str) -> list[str]:
    """The conditions a fact's ``part`` says orders are sent on (改颗数的, 定制款), at its start or at the start of
    its clause that says when they are sent (绣字的 of 可以免费绣名字，最多4个字，绣字的付款后第3天发货)."""
    clauses = [part, *(c.strip() for c in SMALL_PARTS.split(part) if _PAID_THEN_SENT.search(c))]
    return list(dict.fromkeys(m.group() for clause in clauses for m in _ON_A_CONDITION.finditer(clause)))


#: A part of a fact said of orders on a condition: 改颗数的属于定制款, 定制的话, 刻名字的.
_ON_A_CONDITION = re.compile(r"^[^,，;；。]{1,10}的(?:属于|算|是|为|话|订单|付款|下单|拍下|[,，])"
                             r"|定制款|定制的|私人订制")


def _so_many(told: str, quantity: int | None) -> bool:
    """Whether ``quantity`` reaches a count ``told`` sets for a way of shipping (30套以上的班级团购…)."""
    least = [parse_numeral(m[1]) for m in _AT_LEAST.finditer(told)]
    return quantity is not None and any(n is not None and quantity >= n for n in least)


#: So many or more: 30套以上, 10箱及以上.
_AT_LEAST = re.compile(r"([\d一二三四五六七八九十两]+)\s*(?:套|件|个|盒|箱|份|包|瓶|双|条|只|台)(?:及)?以上")
#: Orders of so many, said as the condition of a part: 30套以上, 10箱及以上, 团购, 批量.
_FOR_MANY = re.compile(rf"{_AT_LEAST.pattern}|团购|批发|批量")


#: A fact's part that says how long after paying it is sent, whatever the fact is called
#: (配送方式: 保税仓发货,付款后1到3天清关出库走中通; 发货: 下单后48小时内发出).
_PAID_THEN_SENT = re.compile(r"(?:付款|付完款|下单|拍下|支付)后?[^,，;；。]{0,10}?"
                             r"(?:\d+|[一二三四五六七八九十两])(?:\s*(?:到|至|-|~)\s*(?:\d+|[一二三四五六七八九十两]))?\s*"
                             r"(?:个)?(?:工作日|天|日|小时)内?[^,，;；。]{0,6}?(?:发出|发货|发完|寄出|出库|出仓)")


def _said_apart(key: str, text: str) -> bool:
    """Whether a fact's name of two is said with a word of one or two characters between them (刻字 of 刻名字)."""
    return re.search(re.escape(key[0]) + "[\u4e00-\u9fff]{1,2}" + re.escape(key[1]), text) is not None


def _named_ship_time(product: Product | None, text: str) -> tuple[str, str] | None:
    """A fact of the product named in ``text`` that says it ships later (刻字: 刻字的订单晚2天发货),
    as the product's name with the fact's and what it says; or a fact's part that says when a
    variant named in ``text`` ships (「礼盒装今天能发吗」 of 包装: 礼盒装付款后3天内发货)."""
    if product is None:
        return None
    if (occasion := _OCCASION.search(text)) is not None and (dated := next((
            (key, clause.strip()) for key, value in product.attributes.items() for clause in FACT_PARTS.split(value)
            if occasion[0] in clause and _ORDERED_BY.search(clause)), None)) is not None:
        return f"{product.name}({dated[0]})", dated[1]  # 「情人节几号截单」: 节日截单's 情人节2月12日24点截单
    variants = [v for v in (*product.colours, *product.sizes) if len(v) >= 2 and v.lower() in text]
    # (by its name, or by its point, and called so: 刻字 of 能不能刻字, 「刻字的话几天发」; a name of two with
    # a word between: 刻字 of 「能刻名字吗」)
    return next(((f"{product.name}({key if stem_of(key) == key.lower() else stem_of(key)})", value)
                 for key, value in product.attributes.items()
                 if len(key) >= 2 and (key.lower() in text or ((point := _way_point(key)) and point in text)
                                       or (len(key) == 2 and _said_apart(key, text))
                                       or any(word in value.lower() for word in _LATIN_WORD.findall(text)))
                 and (_SHIPS_LATER.search(value) or _PAID_THEN_SENT.search(value))), None) or next(
        ((f"{product.name}({variant})", _from_name(part, [variant.lower()]))
         for _, part in _paid_then_sent(product) for variant in variants
         if variant.lower() in part.lower()), None) or next(
        # 「改颗数的几天发货」 of 加珠: 改颗数的属于定制款,付款后3天内发货: the orders on the condition said
        ((product.name, part) for _, part in _paid_then_sent(product)
         if any(_condition_said(condition, text) for condition in _conditions(part.lower()))),
        None)


#: An occasion buyers order for by a day (情人节, 七夕, 平安夜), and a clause that says by when to order for it.
_OCCASION = re.compile(r"情人节|七夕|520|平安夜|圣诞|元旦|春节|过年|中秋|母亲节|父亲节|妇女节|三八|教师节|国庆")
_ORDERED_BY = re.compile(r"截单|下单|预订|预定|付款|发货|发出")


#: A word of three Latin letters or more a buyer names a way of buying by: logo of 「印logo的几天能发」.
_LATIN_WORD = re.compile(r"(?<![a-z])[a-z]{3,}(?![a-z])")


def _condition_said(condition: str, text: str) -> bool:
    """Whether ``text`` says the condition a part of a fact is given on (改颗数 of 改颗数的属于, 定制 of 定制款, 绣字
    of 绣字的付款后…)."""
    words = [w for w in re.split(r"的|属于|算|是|为|话|订单|付款|下单|拍下|[,，]", condition) if len(w) >= 2]
    # (not said with 不 before it: 「不绣名字的今天能发吗」 is not of 绣名字的)
    return any(re.search(rf"(?<![不没无]){re.escape(said)}", text) is not None
               for said in (*words, *(w[:2] for w in words if len(w) >= 3)))


def _holiday_fact(product: Product, holidays: Sequence[str]) -> str | None:
    """What a fact of the product says of sending on or before a holiday named (春节发货: 春节前最后发货日
    是1月28日…), where one names the holiday and sending."""
    words = {w for name in holidays for w in (name, name.removesuffix("节")) if len(w) >= 2}
    return next((value for key, value in product.attributes.items()
                 if any(w in key or w in value for w in words) and _SENDING.search(f"{key}{value}")), None)


_SENDING = re.compile(r"发货|发出|停发|寄出|恢复发")
#: Whether it arrives by then, asked: 能到吗, 到得了, 收得到.
_ARRIVAL_ASKED = re.compile(r"能到|到得了|到不了|送到|收到|收得到|到(吗|么|嘛|不)")


#: A fact's value that says it ships later than usual: 「刻字的订单要多3天发货」「定制款7天发出」.
_SHIPS_LATER = re.compile(r"(多|晚|延后|推迟|加|\d+\s*天|[一二三四五六七八九十两]\s*天).{0,9}(发货|发出|寄出)")


def _own_area(product: Product | None, region: str | None = None) -> tuple[str, str] | None:
    """The product's name and what its file says of where it is sent (活虾: 只发江浙沪皖): of several
    such facts, the one naming ``region`` (配送范围: 活体不发新疆… beside a winter rule of the north)."""
    if product is None:
        return None
    areas = [(product.name, _places_told(value)) for key, value in product.attributes.items()
             if _AREA_KEY.search(key) and names_a_place(limits := _FREE_EXCEPT.sub("", value))
             and _LIMITS.search(limits)]
    return next((area for area in areas if region is not None and names_region(area[1], region)),
                areas[0] if areas else None)


def _places_told(value: str) -> str:
    """The clauses of a fact of how goods are sent that say where they go (新疆、西藏、青海不发 of 「…统一走德邦物流,
    付款后48小时内发货;德邦送货上门不上楼…;新疆、西藏、青海不发」), else all of it."""
    clauses = [clause for clause in FACT_PARTS.split(value) if names_a_place(clause)]
    return "；".join(clauses) if clauses else value


#: A delivery area's words that limit where it goes (只发江浙沪, 新疆西藏不发), not only how it is
#: delivered there (江浙沪送货上门, 其他地区到站自提: it goes everywhere).
_LIMITS = re.compile(r"只发|仅发|只送|仅送|仅限|只限|只能发|只做|不发|不送|暂停|停发|除外|不支持|不能发|发不了|到不了"
                     r"|以外|之外")


#: Places left out of free shipping, not of where the goods go: 包邮(新疆、西藏除外), 全国包邮,偏远地区除外.
_FREE_EXCEPT = re.compile(r"(?<=包邮|免邮)\s*[(（][^()（）]*(?:除外|以外|不包邮)[)）]"
                       r"|(?<=包邮|免邮)[,，、;；\s]*[^,，。;；()（）]{1,20}(?:除外|不包邮)")


def _not_free_to(terms: str, region: str | None) -> bool:
    """Whether ``terms`` leave ``region`` out of their free shipping (包邮(新疆、西藏除外) of 新疆)."""
    return region is not None and any(names_region(m.group(), region) for m in _FREE_EXCEPT.finditer(terms))


def _other_variants(product: Product, colour: str | None, size: str | None) -> list[str]:
    """The names (lowered, two characters or more) of the product's variants other than ``colour`` and ``size``."""
    return [n.lower() for v in (*product.colours, *product.sizes) if v not in (colour, size)
            for n in product.names_of(v) if len(n) >= 2]


def _named_in(product: Product, variant: tuple[str | None, str | None], area: str, region: str | None) -> bool:
    """Whether the variant the line names is named in a delivery rule's words as the one that
    still goes (这些地方只能拍真空装, asked of 真空装), in the sentence of the place asked where one names
    it (not 新疆、西藏不发整箱, asked of 整箱 to 新疆; 单包 is not kept from there by it)."""
    colour, size = variant
    names = [name.lower() for name in product.names_of(colour, size) if len(name) >= 2]
    sentences = FACT_PARTS.split(area.lower())
    of_place = [s for s in sentences if region is not None and names_region(s, region)]
    if names and of_place and not any(name in s for s in of_place for name in names):
        # (单包 asked of 新疆 where 新疆、西藏不发整箱: another variant kept from there, not this one)
        return any(n in s and _NOT.search(s) for s in of_place for n in _other_variants(product, colour, size))
    return any(name in sentence and not _NOT.search(sentence) for sentence in of_place or sentences
               for name in names)


def _area_allows(area: str, region: str, by_courier: bool = False) -> bool:
    """Whether a product's own words of where it goes plainly send to ``region``: named in
    a clause that says only there (只发江苏、浙江 for 江苏), not in one that says not there
    (12月到2月不发辽宁), or in one that sends nowhere else (鲜花不发江浙沪以外的地区, for 江苏 and not
    北京). Anything else is said in the shop's own words, not decided here."""
    within = [clause for clause in SMALL_PARTS.split(area) if _NOWHERE_ELSE.search(clause) and names_a_place(clause)]
    if within:
        return any(names_region(clause, region) for clause in within)
    if names_region(area, region):
        sentence = next((c for c in FACT_PARTS.split(area) if names_region(c, region)), area)
        parts = SMALL_PARTS.split(sentence)
        at = next((i for i, c in enumerate(parts) if names_region(c, region)), 0)
        clause = parts[at]
        # (「新疆、西藏德邦要另外补50元」: it goes there, at a price, which the fee's answer tells;
        # 「东北三省要2到3天」: in so many days)
        if (_ONLY.search(clause) is not None or _PRICED.search(clause) is not None
                or _ROAD_DAYS.search(clause) is not None or (by_courier and _ONLY_BY.search(clause) is not None)):
            return _NOT.search(clause) is None
        if _NOT.search(clause) is not None or _ONLY_BY.search(clause) is not None:
            return False
        # (the places named and nothing of them, the clauses after it saying it: 黑龙江、吉林冬天天冷,只能发顺丰,
        # 顺丰要补10元 sends there by 顺丰 alone, at a price; not the clauses of the places it does not name)
        after = "，".join(itertools.takewhile(lambda c: not names_a_place(c) and not _ELSEWHERE.search(c),
                                             parts[at + 1:]))
        if _NOT.search(after) is not None:
            return False
        if _ONLY_BY.search(after) is not None:
            return by_courier
        return _ONLY.search(after) is not None or _PRICED.search(after) is not None \
            or _ROAD_DAYS.search(after) is not None
    # 「全国都能发,新疆、西藏不发」 of 广州: a clause sending everywhere, and the place named in none
    if any(_EVERYWHERE.search(clause) and _NOT.search(clause) is None for clause in SMALL_PARTS.split(area)):
        return True
    # 「黑龙江、吉林天冷只发顺丰」 of 海南: a rule of the places it names, not of those it does not; 「只发江浙沪」
    # (「只发顺丰次日达的地方:山东、北京…」) sends only there
    return not any(names_a_place(SMALL_PARTS.split(area[m.end():])[0]) for m in _ONLY_TO.finditer(area))


#: A clause of the places a product's words do not name: 其他地区请拍冷冻款, 其他省份不发.
_ELSEWHERE = re.compile(r"其他|其它|别的|以外|之外|其余")
_ONLY = re.compile(r"只发|仅发|只送|仅送|仅限|只限|只能发|只做|可发|能发|可以发|正常发"
                   r"|(?:可以|能)[^,，;；。不]{1,8}?(?:发货|发出|配送)")  # (江浙沪可以加保温包装发货)
#: A courier the places named go by alone: 黑龙江、吉林只走顺丰 (they are sent to, by that courier).
_ONLY_BY = re.compile(rf"(?:只|仅|只能|统一)(?:走|用|发)(?:{_ANY_COURIER})")
_NOT = re.compile(r"不发|不送|暂停|停发|除外|不支持|不能发|发不了")
#: Nowhere but the places named: 不发江浙沪以外的地区, 江浙沪以外不发, 上海以外的地方送不了.
_NOWHERE_ELSE = re.compile(r"(?:不发|不送|不配送|不能发|不能送)[^,，;；。]{0,12}?(?:以外|之外)"
                           r"|(?<!除)(?<!除了)[^,，;；。除]{2,12}(?:以外|之外)[^,，;；。]{0,6}?(?:不发|不送|不配送|都不|发不了|送不了)")
_EVERYWHERE = re.compile(r"全国(都|均|各地)?(能|可以|可|正常)?(发|送|包邮|配送)")
#: Where only some places are sent to: 只发江浙沪, 仅限上海 (only 只发顺丰 names a courier, not a place).
_ONLY_TO = re.compile(r"(只|仅)(能)?(发|送|配送|限|做)(到|往)?")  # (只做上海市内同城配送)


def _presale(question: Question, today: dt.date) -> dt.date | None:
    """The ship date of a pre-sale the question is about: when every variant in what was
    asked (the colour or size named, else the whole product) has nothing in stock and a
    pre-sale date of its own, the latest of those dates that the first order would wait
    for is the earliest date all could ship; we say the earliest, as it is when one ships.
    Of the whole product, a variant sold out with no date to come counts for nothing: no
    order of it can be placed (a book's 普通版 on pre-sale, its 签名版 gone for good)."""
    product = question.product
    if product is None:
        return None
    colour, size = _named_variant(question, product)
    colours = [colour] if colour else product.colours
    sizes = [size] if size else product.sizes
    dates = []
    for c in colours:
        for s in sizes:
            if product.stock.get(c, {}).get(s, 0) > 0:
                return None  # some of it ships now
            coming = [r.date for r in product.restock if r.presale and r.date >= today
                      and r.colour in (None, c) and r.size in (None, s)]
            if not coming and not (colour or size) and not any(
                    r.date >= today and r.colour in (None, c) and r.size in (None, s) for r in product.restock):
                continue  # gone for good, and not asked of
            if not coming:
                return None  # sold out, not on pre-sale: stock's business, not a ship date
            dates.append(min(coming))
    if not dates:
        return None
    return working_day_from(min(dates), question.shop.shipping)  # (on a day the shop does not ship: the next it does)


def _special_as_said(answer: Answer, text: str) -> Answer:
    """``answer``, where it tells the one rule of Hong Kong, Macau and Taiwan to a line naming them
    together (「港澳能发吗」), naming them as said, not 香港 alone."""
    region = answer.facts.get("region")
    if not isinstance(region, str) or region not in REGIONS or not REGIONS[region].special:
        return answer
    said = next((word for word in REGIONS[region].groups if word in text
                 and all(REGIONS[member].special for member in REGION_GROUPS[word])), None)
    return dataclasses.replace(answer, facts={**answer.facts, "region": said}) if said else answer
