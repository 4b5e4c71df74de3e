"""payment: how to pay (the ways the shop's platform has: 支付宝 and 花呗 on Taobao, 白条
and 微信 on JD ...), instalments, cash on delivery, and price changes before paying (the
platform's habit: by hand on Taobao, by coupon on JD, none on Tmall).

A way the platform does not have is said so, with the ways the shop takes; a way the
shop has not stated is checked by a person, never assumed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from botcore.platforms import Platform
from botcore.shop import Product, Shop
from botcore.shop.calendar import month_day
from botcore.sizes import variant_label
from botcore.stages.numbers import parse_numeral
from botcore.text import join, money
from intents.attributes import Facts
from intents.base import Answer, Intent, Question

__all__ = ["Payment"]

# the topic a buyer asks -> the payment field of the shop file
_FIELDS = {"huabei": "huabei", "baitiao": "baitiao", "credit_card": "credit_card", "cod": "cash_on_delivery",
           "wechat": "wechat", "alipay": "alipay"}
# the ways of paying a line may ask of, in the order they are answered
_WAYS = ("cod", "baitiao", "huabei", "wechat", "alipay", "credit_card")
# the old names of the yes/no cases, kept for the shops' own wordings
_CASES = {"huabei": ("huabei", "no_huabei"), "credit_card": ("credit_card", "no_credit_card"),
          "cash_on_delivery": ("cod", "no_cod")}


def _methods(shop: Shop) -> str:
    """The ways the shop takes, called what the platform's buyers call them."""
    pay = shop.payment
    return join(word for field, word in shop.platform.payments if getattr(pay, field) is True)


#: Conversation.asked after a payment answer: 「几期」 next asks of its instalments; after the
#: shop's note told it, 「12期呢」 asks the note again.
_PAY = "pay"
_PAY_NOTE = "pay:note"


class Payment(Intent):
    name = "payment"
    rank = 60
    before_buying = True
    cases = {
        "huabei": ("instalments",),
        "huabei_note": ("instalments", "note"),
        "instalments_note": ("method", "instalments", "note"),
        "huabei_no_instalments": (),
        "instalments_unstated": ("method",),
        "huabei_yes_note": ("note",),
        "no_huabei": ("methods",),
        "credit_card": (),
        "no_credit_card": ("methods",),
        "cod": (),
        "no_cod": ("methods",),
        "method_ok": ("method",),
        "method_no": ("method", "methods"),
        "instalments": ("method", "instalments"),
        "per_instalment": ("product", "count", "each"),
        "not_on_platform": ("method", "platform", "methods"),
        "not_stated": ("method",),
        "deposit": ("promotion_name", "deposit_terms"),
        "deposit_own": ("product", "facts"),
        "deposit_closed": ("promotion_name", "end", "deposit_terms"),
        "price_change": (),
        "price_change_unagreed": (),
        "price_change_tmall": (),
        "price_change_coupon": ("platform",),
        "failed": (),
        "unpaid": (),
        "methods": ("methods",),
        "note": ("methods", "note"),
    }

    continued_by = {_PAY: "instalments"}  # 「能花呗分期吗」 … 「几期」「免息吗」

    def answer(self, question: Question) -> Answer:
        """The answer; what follows of instalments (「几期」) is asked of the same way of paying."""
        answer = self._answer(question)
        note = question.shop.payment.note or ""
        if answer.case.endswith("note") and _AMOUNT_ASKED.search(question.message.text) and not _AMOUNT.search(note):
            # 「12期手续费多少」 of a note saying who pays it, not how much: a person adds the sum
            answer = dataclasses.replace(answer, handoff=True)
        said = _PAY_NOTE if answer.case == "note" else _PAY  # 「免息吗」 told by the note: 「12期呢」 next, the note
        answer = answer if answer.remember else dataclasses.replace(answer, remember={"asked": said})
        # 「能用花呗分期吗 微信能付不」: each way of paying the line names, in turn
        asked = [name for name in _WAYS if self.rules.topic(question.message.text, name)]
        if len(asked) >= 2 and self.rules.topic(question.message.text, *_WAYS) == asked[0] \
                and answer.case not in ("failed", "unpaid") and not answer.case.startswith("price_change"):
            answer = dataclasses.replace(answer, also=tuple(self._answer(question, name) for name in asked[1:]))
        return answer

    def _answer(self, question: Question, topic: str | None = None) -> Answer:
        """The answer to ``topic``, else to the first the line asks."""
        shop = question.shop
        platform = shop.platform
        facts = {"methods": _methods(shop)}
        topic = topic or self.rules.topic(question.message.text, "failed", "unpaid", "price_change", "cod",
                                          "baitiao", "huabei", "instalments", "wechat", "alipay", "credit_card")
        if topic == "instalments" and question.conversation.asked == _PAY_NOTE and "期" in (shop.payment.note or "") \
                and len(question.message.text) <= 8:
            # 「免息吗」 … 「12期呢」: as the note says, where it speaks of instalments (not 定金和尾款都可以用花呗付)
            return Answer("note", facts | {"note": shop.payment.note})
        if (each := self._per_instalment(question)) is not None:
            return each
        if topic == "unpaid" and question.conversation.price_cut:
            topic = "price_change"  # 「我拍了没付款」 after a price change was promised: now it is made
        if topic == "unpaid":  # not a question of the ways to pay: a person looks at the order
            return Answer("unpaid", handoff=True)
        if topic == "failed":
            return Answer("failed", handoff=True)
        if topic == "price_change":
            if platform.price_cut == "none":
                return Answer("price_change_tmall")
            if platform.price_cut == "coupon":
                return Answer("price_change_coupon", {"platform": platform.name}, handoff=True)
            memory = question.conversation
            if memory.bargain_round and not memory.price_cut:  # haggled here and nothing promised: none is said to come
                return Answer("price_change_unagreed", handoff=True,
                              actions=({"type": "flag", "reason": "price_change"},))
            return Answer("price_change", handoff=True, actions=({"type": "flag", "reason": "price_change"},))
        if self.rules.topic(question.message.text, "someone_else"):  # 「用我老公支付宝付可以不」
            if shop.payment.note and _OF_THE_PAYER.search(shop.payment.note):
                return Answer("note", facts | {"note": shop.payment.note})  # 支付人要和订购人是同一个人
            return Answer("not_stated", {"method": "别人代付"}, handoff=True)
        other = self.rules.topics["other_way"].search(question.message.text)
        if other is not None and other["way"] in _COST_OF_INSTALMENTS and topic in ("baitiao", "huabei") \
                and other["way"] in (shop.payment.note or ""):
            other = None  # 「白条能分几期 免息吗」: its instalments, with what the shop's note says of them
        if other is not None and other["way"] in ("定金", "尾款") and topic not in _FIELDS \
                and question.product is not None and (own := _own_deposit_facts(question.product, question)):
            # 「尾款啥时候付」 of a pre-sale whose own facts say (尾款: 12月12日…之间付): those, before any
            # promotion's words of paying a balance; a refund they do not speak of, a person says
            unsaid = "退" in question.message.text and not any("退" in value for _, value in own)
            return Answer("deposit_own", {"product": question.product.name, "facts": Facts(own).text}, handoff=unsaid)
        if other is not None and other["way"] in ("定金", "尾款") and topic not in _FIELDS \
                and (deposit := _deposit_terms(shop, question)) is not None:
            # 「定金多少啊」「定金能退吗」 of a pre-sale whose promotion says (付定金100元抵200元…尾款没付的定金不退):
            # those words; a refund they do not speak of, a person says
            unsaid = "退" in question.message.text and "退" not in deposit[1]
            closed = _deposit_closed(deposit[1], question.now.date())
            if closed is not None and _STILL_PAID.search(question.message.text):
                # 「还能付定金吗」 on 12-11 of 「12月1日到12月10日付定金」: no, it closed on the 10th (its terms told)
                return Answer("deposit_closed", {"promotion_name": deposit[0], "end": closed,
                                                 "deposit_terms": deposit[1]})
            return Answer("deposit", {"promotion_name": deposit[0], "deposit_terms": deposit[1]}, handoff=unsaid)
        if other is not None:
            if shop.payment.note and (other["way"] in shop.payment.note
                                       or _shares_words(question.message.text, shop.payment.note)):
                return Answer("note", facts | {"note": shop.payment.note})  # 「免息吗」 where the shop's note says
            return Answer("not_stated", {"method": other["way"]}, handoff=True)  # 「可以找人代付吗」「免息吗」
        if topic == "instalments" and not platform.has_payment("baitiao") and not platform.has_payment("huabei"):
            return _instalments_alone(shop, platform, facts)  # 「可以分期不」 on 拼多多: the shop's own periods
        if topic == "instalments":  # 分期 alone: the platform's own way of paying in instalments
            topic = "baitiao" if platform.has_payment("baitiao") else "huabei"
        if topic in _FIELDS:
            return self._method(shop, platform, _FIELDS[topic], facts,
                                instalments_asked=self.rules.topic(question.message.text, "instalments") is not None)
        if shop.payment.note and _shares_words(question.message.text, shop.payment.note):
            return Answer("note", facts | {"note": shop.payment.note})  # 先用后付, 对公转账 ...: as the shop says
        if not facts["methods"]:
            return Answer("not_stated", {"method": "付款方式"}, handoff=True)
        return Answer("methods", facts)

    def _per_instalment(self, question: Question) -> Answer | None:
        """「分12期每个月多少」: the price of the product in question (the variant named or talked
        of, else each of its prices) over the instalments named, where the shop offers that many;
        None where the line asks no such thing."""
        text, product = question.message.text, question.product
        if product is None or not self.rules.topic(text, "per_instalment"):
            return None
        named = _INSTALMENTS_NAMED.search(text)
        counts = question.shop.payment.instalments or []
        said = parse_numeral(named["n"]) if named else (counts[0] if len(counts) == 1 else None)
        if said is None or int(said) not in counts:
            return None
        count = int(said)
        colour, size = product.variant_named(question.message.entities.colours, question.message.entities.sizes)
        told_colour, told_size = question.remembered(product)
        colour, size = colour or told_colour, size or told_size
        colours, sizes = [colour] if colour else product.colours, [size] if size else product.sizes
        # each price once, under the variant it goes by (a phone's 256GB, not each colour of it)
        by_size = all(len({product.price_of(c, s) for c in colours}) == 1 for s in sizes)
        by_colour = all(len({product.price_of(c, s) for s in sizes}) == 1 for c in colours)
        pairs = [(None, s) for s in sizes] if by_size else [(c, None) for c in colours] if by_colour else [
            (c, s) for c in colours for s in sizes]
        prices = list(dict.fromkeys((variant_label(*pair) or product.name, product.price_of(
            pair[0] or colours[0], pair[1] or sizes[0])) for pair in pairs))
        if len({price for _, price in prices}) == 1:  # one price: the variant talked of, or the product
            prices = [(variant_label(colour, size) or product.name, prices[0][1])]
        each = join(f"{name} {money(price)}，每期约{money(round(price / count, 2))}" for name, price in prices[:4])
        return Answer("per_instalment", {"product": product.name, "count": f"{count}期", "each": each})

    def _method(self, shop: Shop, platform: Platform, field: str, facts: dict[str, str],
                instalments_asked: bool = True) -> Answer:
        word = platform.payment_word(field) if platform.has_payment(field) else _WORDS[field]
        if not platform.has_payment(field):
            return Answer("not_on_platform", facts | {"method": word, "platform": platform.name})
        stated = getattr(shop.payment, field)
        if stated is None:
            return Answer("not_stated", {"method": word}, handoff=True)
        yes, no = _CASES.get(field, ("method_ok", "method_no"))
        if not stated:
            return Answer(no, facts | {"method": word})
        if field in ("huabei", "baitiao"):
            counts = shop.payment.instalments
            note = shop.payment.note if shop.payment.note and any(
                said in shop.payment.note for said in ("分期", word, word.removeprefix("京东"))) else ""
            told = {"instalments": join(f"{n}期" for n in counts or ())}
            if counts == [] and instalments_asked and field == "huabei" and "分期" not in note:
                return Answer("huabei_no_instalments")  # 「分期呢」 of a shop that offers none, its note of 花呗 aside
            if not counts and note and field == "huabei":  # 「用花呗可以吗」, the note: 花呗分期以淘宝结算页为准
                return Answer("huabei_yes_note", {"note": note})
            if counts is None and instalments_asked:  # the file says nothing of them: a person tells the periods
                return Answer("instalments_unstated", {"method": word}, handoff=True)
            if field == "huabei":  # (with what the shop's note says of it: 「花呗分期只有满300元才能选」)
                if not counts and not instalments_asked:  # 分期 not asked, none listed: 花呗 yes, no more
                    return Answer("method_ok", {"method": word})
                if not counts:  # none offered, as the file says (instalments: [])
                    return Answer("huabei_no_instalments")
                return Answer("huabei_note", told | {"note": note}) if note else Answer("huabei", told)
            if counts:
                told |= {"method": word}
                return Answer("instalments_note", told | {"note": note}) if note else Answer("instalments", told)
        return Answer(yes, {"method": word})


#: A payment note that speaks of who pays: 「支付人要和订购人是同一个人」「可以找人代付」.
_OF_THE_PAYER = re.compile(r"代付|本人|同一个?人|支付人|付款人|别人|他人|亲友")

#: How many instalments a line names: 分12期, 12期, 十二期.
_INSTALMENTS_NAMED = re.compile(r"(?P<n>\d{1,2}|[一二三六九十]{1,3})\s*期")

#: How much instalments cost, asked: 手续费多少, 利息怎么算, 费率是几个点.
_AMOUNT_ASKED = re.compile(r"(?:手续费|利息|息费|费率)(?:是)?(?:多少|几|怎么算|咋算)|多少(?:手续费|利息)")
#: A sum or a rate a note says: 0.6%, 8元, 每期2.5个点.
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|块|个点)")

#: What instalments cost, asked beside a way of paying by them (「白条能分几期 免息吗」).
_COST_OF_INSTALMENTS = frozenset({"免息", "利息", "息费", "手续费"})


def _shares_words(text: str, note: str) -> bool:
    """Whether the buyer asks of something the shop's payment note speaks of (three
    characters in a row in both: 先用后付, 对公转)."""
    return any(text[i:i + 3] in note for i in range(len(text) - 2) if not text[i:i + 3].isascii())


# what a way of paying is called where the platform does not have it
_WORDS = {"huabei": "花呗", "baitiao": "京东白条", "credit_card": "信用卡", "cash_on_delivery": "货到付款",
          "wechat": "微信支付", "alipay": "支付宝"}


def _own_deposit_facts(product: Product, question: Question) -> tuple[tuple[str, str], ...]:
    """The product's own facts of a deposit or a balance the line names (定金: 先付定金50元…, 尾款:
    尾款在12月12日…之间付): by their names, else by what they say."""
    asked = set(_DEPOSIT.findall(question.message.text)) | ({"定金"} if "订金" in question.message.text else set())
    named = tuple((key, value) for key, value in product.attributes.items() if any(word in key for word in asked))
    return named or tuple((key, value) for key, value in product.attributes.items()
                          if any(word in value for word in asked))


def _deposit_terms(shop: Shop, question: Question) -> tuple[str, str] | None:
    """The promotion running or to come for the product in view whose terms speak of a deposit
    (定金, 尾款), and the sentences of them that do; None where none does."""
    today = question.now.date()
    for promotion in shop.promotions:
        if not promotion.covers(question.product) or (promotion.end is not None and promotion.end < today):
            continue
        said = [part.strip() for part in re.split(r"[。；;]", promotion.description) if _DEPOSIT.search(part)]
        if said:
            return promotion.name, "；".join(said) + "。"
    return None


def _deposit_closed(terms: str, today: dt.date) -> str | None:
    """The last day of paying a deposit, where the terms say one (12月1日到12月10日付定金) and it is past
    (as 12月10日); None where they say none or it is not past."""
    window = _DEPOSIT_WINDOW.search(terms)
    if window is None:
        return None
    month = int(window["month"] or window["from_month"])
    try:
        last = dt.date(today.year, month, int(window["day"]))
    except ValueError:
        return None
    if last.month == 12 and today.month == 1:
        last = last.replace(year=today.year - 1)  # 12月…付定金 read in January: last year's
    return month_day(last) if last < today else None


#: The days a deposit is paid in: 「12月1日到12月10日付定金」「1日-10日交定金」.
_DEPOSIT_WINDOW = re.compile(r"(?P<from_month>\d{1,2})月\d{1,2}[日号]?\s*(?:到|至|-|~|～)\s*(?:(?P<month>\d{1,2})月)?"
                             r"(?P<day>\d{1,2})[日号]?[^,，;；。]{0,4}?(?:付|交|支付)(?:定金|订金)")
#: Asked whether a deposit may still be paid: 「还能付定金吗」「定金还能交吗」「现在还可以付定金不」.
_STILL_PAID = re.compile(r"(?:还|现在)(?:能|可以|来得及)(?:付|交|拍)?(?:定金|订金)|(?:定金|订金)(?:还|现在)(?:能|可以)"
                         r"|(?:能|可以)(?:付|交)(?:定金|订金)")


#: What a pre-sale's terms say of paying in two steps.
_DEPOSIT = re.compile(r"定金|尾款|订金")


def _instalments_alone(shop: Shop, platform: Platform, facts: dict[str, str]) -> Answer:
    """分期 asked on a platform with no 白条 or 花呗 to pay by (拼多多): the periods the shop's file offers, by the
    platform's word for them (分期付款), with its note where that speaks of them; a person where it says nothing."""
    word, counts = platform.instalments, shop.payment.instalments
    note = shop.payment.note if shop.payment.note and "分期" in shop.payment.note else ""
    if counts is None:
        return Answer("note", facts | {"note": note}) if note else Answer("not_stated", {"method": word}, handoff=True)
    if not counts:
        return Answer("method_no", facts | {"method": word})
    told = Answer("instalments", {"method": word, "instalments": join(f"{n}期" for n in counts)})
    return dataclasses.replace(told, also=(Answer("note", facts | {"note": note}),)) if note else told
