"""bargain: the buyer asks for a lower price, a coupon, a gift, free shipping as a
favour, a bulk price, or what promotions there are.

The shop's policy is a ladder over the conversation: the first ask holds the price
(and shows the current promotion), the second "asks the manager" and offers the
gift or coupon (a shop with neither goes straight to the last step), the last is
final, never beyond ``bargain.max_discount``. Tmall shops cannot change a price by hand.
"""

from __future__ import annotations

from botcore.shop import Coupon, Product, Shop
from botcore.text import money
from intents.base import Answer, Intent, Question
from intents.shipping import fee_rule

__all__ = ["Bargain"]


def _rate(rate: float) -> str:
    """0.95 -> 95折, 0.9 -> 9折."""
    tenths = round(rate * 100)
    return f"{tenths // 10}折" if tenths % 10 == 0 else f"{tenths}折"


def _coupon_facts(coupon: Coupon | None) -> dict[str, object]:
    return {"amount": money(coupon.amount), "min_spend": money(coupon.min_spend)} if coupon else {}


def _asked_discounts(amounts: tuple[float, ...], product: Product | None) -> tuple[float, ...]:
    """What the buyer asks off: "便宜5块" is 5 off; "165能卖吗" on a 169 item is 4 off."""
    asked = []
    for amount in amounts:
        if product is not None and product.price / 2 < amount < product.price:
            asked.append(round(product.price - amount, 2))
        elif 0 < amount <= (product.price / 2 if product is not None else amount):
            asked.append(amount)
    return tuple(asked)


class Bargain(Intent):
    name = "bargain"
    rank = 100
    carries_over = ("money", "quantity", "numbers")  # 「160可以吗」 after bargaining is an offer
    cases = {
        "hold": (),
        "hold_promotion": ("promotion_name", "promotion"),
        "gift": ("gift",),
        "coupon": ("amount", "min_spend"),
        "gift_coupon": ("gift", "amount", "min_spend"),
        "final": ("discount",),
        "final_none": (),
        "fixed": (),
        "tmall": (),
        "tmall_promotion": ("promotion_name", "promotion"),
        "bulk": ("min_items", "rate"),
        "no_bulk": (),
        "promotions": ("promotion_name", "promotion"),
        "promotions_coupon": ("promotion_name", "promotion", "amount", "min_spend"),
        "coupon_only": ("amount", "min_spend"),
        "no_promotions": (),
        "free_shipping": ("threshold", "base_fee"),
        "free_shipping_always": (),
        "free_shipping_no": ("base_fee",),
    }

    def answer(self, question: Question) -> Answer:
        shop, text = question.shop, question.message.text
        entities = question.message.entities
        promotion = shop.promotion(question.now.date())
        promo: dict[str, object] = (
            {"promotion_name": promotion.name, "promotion": promotion.description} if promotion else {})
        topic = self.rules.topic(text, "bulk", "promo", "free_shipping", "gift")
        if topic == "bulk" or (entities.quantity or 0) >= 2:
            deal = shop.bargain.bulk
            if deal is None:
                return Answer("no_bulk")
            return Answer("bulk", {"min_items": deal.min_items, "rate": _rate(deal.rate)})
        if topic == "promo":
            return self._promotions(shop, promo)
        if topic == "free_shipping":
            case, facts = fee_rule(shop.shipping)
            return Answer({"fee_free": "free_shipping_always", "fee_paid": "free_shipping_no",
                           "fee_threshold": "free_shipping"}[case], facts)
        if shop.tmall:
            return Answer("tmall_promotion" if promo else "tmall", promo)
        if not shop.bargain.negotiable:
            return Answer("fixed")
        round_ = question.conversation.bargain_round + 1
        if topic == "gift":
            round_ = max(round_, 2)
        # "便宜5块" names money; "165能卖吗" is a plain number that only the price explains
        asked = _asked_discounts(entities.money or entities.numbers, question.product)
        return self._ladder(shop, round_, promo, asked)

    def _ladder(self, shop: Shop, round_: int, promo: dict[str, object], asked: tuple[float, ...]) -> Answer:
        policy = shop.bargain
        remember = {"bargain_round": round_}
        if round_ == 1:
            return Answer("hold_promotion" if promo else "hold", promo, remember)
        if round_ == 2 and (policy.gift or policy.coupon):
            coupon = _coupon_facts(policy.coupon)
            if policy.gift and policy.coupon:
                return Answer("gift_coupon", {"gift": policy.gift, **coupon}, remember)
            if policy.gift:
                return Answer("gift", {"gift": policy.gift}, remember)
            return Answer("coupon", coupon, remember)
        if policy.max_discount <= 0:
            return Answer("final_none", remember=remember)
        discount = min((policy.max_discount, *asked))
        return Answer("final", {"discount": money(discount)}, remember,
                      actions=({"type": "price_change", "discount": f"{discount:g}"},))

    def _promotions(self, shop: Shop, promo: dict[str, object]) -> Answer:
        coupon = shop.bargain.coupon
        coupon_facts = _coupon_facts(coupon)
        if promo and coupon:
            return Answer("promotions_coupon", promo | coupon_facts)
        if promo:
            return Answer("promotions", promo)
        if coupon:
            return Answer("coupon_only", coupon_facts)
        return Answer("no_promotions")
