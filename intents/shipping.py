"""shipping: when it ships (cut-off, working days, holidays), which courier and at
what surcharge, how many days to a region, the shipping fee and free-shipping rule,
remote regions and Hong Kong/Macau/Taiwan. Every figure comes from the shop."""

from __future__ import annotations

import datetime as dt
import re

from botcore.places import REGIONS
from botcore.shop import Shipping
from botcore.shop.calendar import day_label, is_working_day, next_working_day, ship_date
from botcore.text import join, money, span
from intents.base import Answer, Evidence, Intent, Message, Question

__all__ = ["ShippingQuestion", "fee_rule"]

#: A message this short that names a region ("秦皇岛", "我在湖北") is about shipping.
SHORT_MESSAGE = 8
_COURIER_ASK = re.compile(r"发|走|用|寄|加钱|补|能不能|可以吗|行吗|可不可以")
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天末])")
# "周末" is answered for Sunday, the day a shop that works Saturdays may still rest.
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}


def fee_rule(shipping: Shipping) -> tuple[str, dict[str, object]]:
    if shipping.free_shipping_over == 0:
        return "fee_free", {}
    if shipping.free_shipping_over is None:
        return "fee_paid", {"base_fee": money(shipping.base_fee)}
    return "fee_threshold", {"threshold": money(shipping.free_shipping_over),
                             "base_fee": money(shipping.base_fee)}


class ShippingQuestion(Intent):
    name = "shipping"
    rank = 90
    carries_over = ("regions", "couriers")
    cases = {
        "ship_today": ("ship_day", "cutoff", "courier"),
        "ship_later": ("ship_day", "cutoff", "courier"),
        "weekday_yes": ("weekday", "cutoff"),
        "weekday_no": ("weekday", "ship_day"),
        "courier_default": ("courier", "couriers"),
        "courier_ok": ("courier",),
        "courier_surcharge": ("courier", "surcharge"),
        "courier_no": ("courier", "couriers"),
        "delivery": ("region", "days", "ship_day"),
        "delivery_default": ("days", "ship_day"),
        "fee_free": (),
        "fee_threshold": ("threshold", "base_fee"),
        "fee_paid": ("base_fee",),
        "remote": ("region", "surcharge", "days"),
        "remote_free": ("region", "days"),
        "special": ("region", "fee", "courier", "days"),
        "special_no": ("region",),
        "origin": ("origin",),
    }

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        e = message.entities
        if e.couriers and _COURIER_ASK.search(message.text):
            return [Evidence("entity", f"{join(e.couriers)}+问能不能发", 0.9)]
        if e.couriers or (e.regions and (matched or len(message.text) <= SHORT_MESSAGE)):
            return [Evidence("entity", join((*e.regions, *e.couriers)), 0.6)]
        return []

    def answer(self, question: Question) -> Answer:
        shipping = question.shop.shipping
        text, entities = question.message.text, question.message.entities
        today = question.now.date()
        day = ship_date(question.now, shipping)
        facts: dict[str, object] = {
            "ship_day": day_label(day, today),
            "cutoff": question.shop.shipping.cutoff.strftime("%H:%M"),
            "courier": shipping.default_courier,
        }
        topic = self.rules.topic(text, "origin", "fee", "delivery", "courier", "ship_time")
        if entities.couriers:
            return self._courier(shipping, entities.couriers[0])
        if entities.regions:
            return self._region(shipping, entities.regions[0], topic, facts)
        if topic == "origin":
            return Answer("origin", {"origin": f"{shipping.ship_from}{shipping.ship_from_city}"})
        if topic == "fee":
            case, fee_facts = fee_rule(shipping)
            return Answer(case, fee_facts)
        if topic == "delivery":
            return Answer("delivery_default", facts | {"days": span(*shipping.default_delivery_days)})
        if topic == "courier":
            return Answer("courier_default", {"courier": shipping.default_courier,
                                              "couriers": join(c.name for c in shipping.couriers)})
        weekday = _WEEKDAY.search(text)
        if weekday:  # the coming day of that name, holidays included
            asked = today + dt.timedelta(days=(_WEEKDAY_INDEX[weekday.group(1)] - today.weekday()) % 7)
            label = f"周{'日' if asked.weekday() == 6 else weekday.group(1)}"
            if asked in shipping.holidays:
                label += f"({asked.month}月{asked.day}日放假)"
            facts["weekday"] = label
            if is_working_day(asked, shipping):
                return Answer("weekday_yes", facts)
            facts["ship_day"] = day_label(next_working_day(asked, shipping), today)
            return Answer("weekday_no", facts)
        return Answer("ship_today" if day == today else "ship_later", facts)

    def _courier(self, shipping: Shipping, name: str) -> Answer:
        courier = shipping.courier(name)
        if courier is None:
            return Answer("courier_no", {"courier": name, "couriers": join(c.name for c in shipping.couriers)})
        if courier.surcharge:
            return Answer("courier_surcharge", {"courier": name, "surcharge": money(courier.surcharge)})
        return Answer("courier_ok", {"courier": name})

    def _region(self, shipping: Shipping, region: str, topic: str | None, facts: dict[str, object]) -> Answer:
        facts = facts | {"region": region}
        if REGIONS[region].special:
            special = shipping.special_regions
            if not special.ships:
                return Answer("special_no", facts)
            return Answer("special", facts | {
                "fee": money(special.fee), "courier": special.courier or shipping.default_courier,
                "days": span(*special.days) if special.days else span(*shipping.default_delivery_days),
            })
        days = span(*shipping.delivery_days.get(region, shipping.default_delivery_days))
        facts["days"] = days
        if region in shipping.remote_regions:
            if shipping.remote_free_shipping:
                return Answer("remote_free", facts)
            return Answer("remote", facts | {"surcharge": money(shipping.remote_surcharge)})
        if topic == "fee":
            case, fee_facts = fee_rule(shipping)
            return Answer(case, fee_facts)
        return Answer("delivery", facts)
