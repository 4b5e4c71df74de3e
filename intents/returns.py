"""returns: the return and exchange policy: no-reason days, shipping insurance, who
pays the return postage, where to send it, quality problems. A product's own rule (food
once opened, an installed appliance, clearance) is said for that product; an item used
or opened is answered with the shop's conditions, never with "放心退"."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from botcore.conversation import AFTER_FAULT
from botcore.shop import Product
from botcore.text import FACT_PARTS, SENTENCES, SMALL_PARTS, SUM_SAID, cjk_pairs, pairs
from intents.base import Answer, Evidence, Intent, Message, Question

__all__ = ["Returns"]

_FAULT = "fault"  # Conversation.asked after a fault was reported: what follows is about it
_DAMAGED = _FAULT + ":damage"  # ... a fault that is damage in transit: 「那怎么办啊」 next is of that damage
_WRONG = _FAULT + ":wrong"  # ... goods not those ordered: 「来回运费谁出」 next is of that mistake
_POLICY_TOLD = "policy"  # ... after the policy was told: 「运费谁出」 next is the return's postage
_DAMAGE_TOLD = "damage"  # ... after the terms of breakage were told: 「没拍视频呢」 next is of those terms


#: Whether something would count as a fault, asked (算质量问题吗, 属于质量问题不): the shop's terms seldom say.
_FAULT_OR_NOT = re.compile(r"(算|属于|算不算)(是)?质量问题")


class Returns(Intent):
    name = "returns"
    rank = 40
    before_buying = True  # 「有运费险吗」「能七天无理由吗」 are asked before buying, beside other questions
    # 「面膜拆了能退吗」 … 「那精华呢」, 「定制款能退吗」 … 「那标准款呢」: that one's rule
    carries_over = ("products", "sizes", "colours")
    # 「能换大一码吗」 … 「运费谁出」; 「用了三天不加热了」 … 「怎么办」「能换新吗」: still that fault
    # 「碎了怎么赔」 … 「没拍视频呢」: still those terms
    continued_by = {_POLICY_TOLD: "of_return", _FAULT: "of_fault", _DAMAGE_TOLD: "of_damage"}
    cases = {
        "policy": ("days", "conditions"),
        "policy_terms": ("days", "conditions"),
        "no_policy": (),
        "let_back": ("note",),
        "shop_none": ("conditions",),
        "no_insurance_none": ("conditions",),
        "insurance": ("days",),
        "no_insurance": ("days",),
        "cost": ("days",),
        "cost_insured": ("days",),
        "cost_stated": ("days", "note"),
        "excluded": ("note",),
        "address": ("address_note",),
        "procedure": ("address_note",),
        "address_unknown": (),
        "quality": (),
        "quality_note": ("note",),
        "harm": (),
        "damage": ("note",),
        "in_progress": (),
        "request": (),
        "policy_insured": ("days", "conditions"),
        "used": ("days", "conditions"),
        "product_none": ("product", "note"),
        "product_terms": ("product", "note"),
        "product_none_insured": ("product", "note"),
        "product_days": ("product", "days", "note"),
        "product_used": ("product", "note"),
    }

    def answer(self, question: Question) -> Answer:
        """The answer; after the policy was told, what follows of it (「运费谁出」「换的话多久能发」)
        is asked of that return."""
        answer = self._answer(question)
        if not answer.handoff and _FAULT_OR_NOT.search(question.message.text) and self.rules.topic(
                question.message.text, "what_if"):
            # 「颜色跟图片不一样算质量问题吗」 before buying: whether it counts, which the terms do not say; they are
            # a draft for a person, no fault to follow up
            answer = dataclasses.replace(answer, draft=True)
        if answer.remember or answer.case in ("in_progress", "request", "quality", "quality_note"):
            return answer
        return dataclasses.replace(answer, remember={"asked": _POLICY_TOLD})

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """「收到三文鱼有点发黏」 of salmon whose own rule says 收到有异味、发黏…请2小时内拍照联系客服: a fault
        on arrival, in the very words its rule names."""
        note = product.returns.note if product.returns is not None else ""
        word = fault_in_own_words(message.text, note or "")
        return [Evidence("pattern", f"收到…{word}", 0.9)] if word else []

    def _answer(self, question: Question) -> Answer:
        policy = question.shop.returns
        product = question.product
        own = question.shop.returns_for(product)
        days = own.no_reason_days if own is not None and own.no_reason_days is not None else policy.no_reason_days
        facts = {"days": days, "conditions": policy.conditions, "address_note": policy.address_note}
        text = question.message.text
        # (「拆了没划痕能退吗」: a scratch said not to be there is no fault reported)
        caused = _CAUSED.search(text)  # 「不小心弄脏了一点还能退不」: what the buyer did, the terms of used goods
        topic = self.rules.topic(_CAUSED.sub("", _NOT_FOUND.sub("", text)), "quality", "address", "procedure",
                                 "insurance", "cost", "used") or ("used" if caused else None)
        if topic is None and own is not None and fault_in_own_words(text, own.note or ""):
            topic = "quality"  # 「收到三文鱼有点发黏」 of salmon whose rule names 发黏 among its faults
        if topic == "quality" and self.rules.topic(text, "what_if"):
            topic = None  # 「质量不好能退吗」 before buying: the policy, not a fault to follow up
        if topic is None and product is not None and (own_rule := _fact_of_fault(product, text)) is not None:
            # 「有坏点怎么算」 of a monitor whose 坏点政策 says 亮点加暗点合计不超过3个属于正常: that rule
            return Answer("product_terms", {"product": product.name, "note": own_rule})
        if topic is None and product is not None and (of_part := _fact_of_part_broken(product, text)) is not None:
            # 「用几年电池坏了能换吗」 of a lamp whose 电池更换 says 电池可以拆下来单独换…: that, not the return terms
            return Answer("product_terms", {"product": product.name, "note": of_part})
        if topic in (None, "cost") and product is not None and _POSTAGE.search(text) and (postage := next(
                (value for key, value in product.attributes.items() if _RETURN_POSTAGE_KEY.search(key)), None)):
            # 「寄回来运费谁出」 of a rented dress whose 寄回运费 says 寄回运费买家自己付: that, not the return terms
            return Answer("product_terms", {"product": product.name, "note": postage})
        if topic in (None, "used") and product is not None and (resized := _fact_of_resizing(product, text)):
            # 「圈号买错了能换吗」 of a ring whose 改圈口 says 圈号不合适,可以寄回改一次圈号,收改圈工费30元: that
            return Answer("product_terms", {"product": product.name, "note": resized})
        if topic == "quality" and _USED_A_WHILE.search(text) and not _ON_ARRIVAL.search(text) \
                and _TAKEN_BACK.search(text) and _excluded(policy.conditions, text):
            # 「弹了几天有点划痕还能退吗」 where the terms say 有划痕的不退不换: those terms (not 「用了三天就黑屏了
            # 怎么回事」, a fault told, which asks for nothing back)
            topic = "used"
        asked = question.conversation.asked
        # (a fault told earlier in the talk, a warranty asked between: 「轮子吱吱响」 … 「在保修吗」 … 「要寄回去吗」)
        after_fault = (asked or "").startswith(_FAULT) or question.conversation.after_sale == AFTER_FAULT
        if not after_fault and ((self.rules.topic(text, "damage") and not _ARRIVED.search(text))
                                or (asked == _DAMAGE_TOLD and self.rules.topic(text, "of_damage"))):
            # 「碎了怎么赔」 before buying, 「没拍视频呢」 after: the terms' sentence of breakage, no fault to follow up
            said = (_fact_of_damage(product, text, _FAULT_DONE)
                    or _said_of_fault(own.note or "" if own is not None else "", _DAMAGE)
                    or _said_of_fault(policy.conditions, _DAMAGE))
            return Answer("damage", {"note": said}, {"asked": _DAMAGE_TOLD}) if said \
                else Answer("no_policy", handoff=True)
        if after_fault and topic not in ("address", "insurance") and not self.rules.topic(text, "request"):
            # 「运费谁出」 of a fault: a person says (「有运费险吗」 asks the shop's terms: those; 「我不要换 我要退款」
            # is a refund asked for, below)
            topic = "quality"  # 「怎么处理」「能换吗」 right after a fault reported: that fault, not the policy
        if topic == "quality":  # a person follows up; the product's own rule (拍照, 24小时内) is said now
            flag = ({"type": "flag", "reason": "quality_issue"},)
            damaged = asked == _DAMAGED or _DAMAGE.search(text) is not None  # (「那怎么办啊」 after 「袋子破了」)
            wrong = asked == _WRONG or _WRONG_SENT.search(text) is not None  # (「发来的是16的」: the shop's mistake)
            remember = {"asked": _DAMAGED if damaged else _WRONG if wrong else _FAULT, "after_sale": AFTER_FAULT}
            own_note = own.note if own is not None else ""
            harm = self.rules.topic(text, "harm")
            # 「吃了两天起疹子了」: what the shop says to do (立即停用并及时就医), not a photo of a fault; else
            # what the product's rule, then the shop's, says of a fault (坏果…24小时内拍照): never the
            # no-reason terms (「拆了塑封的不能退」 said of a lipstick that came broken)
            # goods not those ordered: only what the terms say of that (错发包换), never a clause of faults
            # (拆封用过的只有质量问题才退换 said to a buyer sent the wrong model)
            told = (_said_of_fault(own_note, _WRONG_TERMS) or _said_of_fault(policy.conditions, _WRONG_TERMS)) \
                if wrong and not damaged else \
                ((harm and (_said_of_harm(own_note) or _said_of_harm(policy.conditions)))
                    or _fact_of_damage(question.product, text, damaged=damaged)
                    or _fact_of_fault(question.product, text)
                    or _said_of_fault(own_note) or _said_on_arrival(own_note)
                    or _sentence_naming(policy.conditions, text) or _said_of_fault(policy.conditions))
            if told:
                return Answer("quality_note", {"note": told}, remember, handoff=True, actions=flag)
            if harm:  # 「宝宝这两天有点便秘」: someone unwell, not a fault to photograph
                return Answer("harm", remember=remember, handoff=True, actions=flag)
            return Answer("quality", remember=remember, handoff=True, actions=flag)
        if topic == "procedure":  # 「怎么退」「退货流程」: how it is done, in the shop's words of sending back
            return Answer("procedure", facts) if policy.address_note else Answer("address_unknown", handoff=True)
        if self.rules.topic(text, "progress"):  # 「退款什么时候到账」: the order's, not the policy
            return Answer("in_progress", handoff=True)
        if self.rules.topic(text, "request") or (question.conversation.asked == _POLICY_TOLD and topic is None
                                                   and self.rules.topic(text, "when_done")):
            # 「我要退款」「给我换一个」, 「换的话多久能发」 after the policy: done in the order, by a person
            return Answer("request", handoff=True, actions=({"type": "flag", "reason": "return_request"},))
        if topic == "address":
            if not policy.address_note:
                return Answer("address_unknown", handoff=True)
            return Answer("address", facts)
        if product is not None and topic in (None, "used") \
                and (ruled := next((r for v in product.attributes.values() if "退" in (r := _excluded(v, text))), "")):
            # 「左手的能退吗」 of a guitar whose 左手琴 says 定做的左手琴不退不换: the product's own ruling first (of
            # a return: 礼盒里的色号…不能换色号 rules out no return of a 红金礼盒)
            return Answer("excluded", {"note": ruled})
        if own is not None and product is not None and (own.no_reason_days is not None or own.note):
            note = own.note or policy.conditions
            if topic is None and own.note and (_broke_condition(own.note, text) or _excluded(own.note, text)):
                topic = "used"  # 「上过墨了还能退吗」 where its terms let back 没上过墨的: those, not "7 days"
            if days == 0 and topic == "insurance" and policy.shipping_insurance:
                # 「有运费险吗」 of custom-made mats: the order has it, and this one is not sent back without a reason
                return Answer("product_none_insured", {"product": product.name, "note": note})
            if days == 0 and topic != "used" and _SOME_BACK.search(own.note or ""):
                # 0 days, but its rule lets some back (拆开后不退不换;没拆封的7天内可以退): the rule, not 「不支持」
                return Answer("product_terms", {"product": product.name, "note": note})
            if days == 0 or (topic == "used" and own.note):  # opened, used: the product's own rule, not "7 days"
                if topic == "used" and own.note and days != 0:  # (「拆封了能退吗」 of a phone whose rule speaks of
                    # 激活 alone: the shop's own clauses of 拆封 too; not of beans never taken back, whatever the
                    # shop lets back of its machines: 拆了外箱检查外观可以退)
                    note = _with_conditions(own.note, policy.conditions, self.rules.topics["used"].search(text))
                return Answer("product_none" if days == 0 else "product_used", {"product": product.name, "note": note})
            if days == 0:
                return Answer("product_none", {"product": product.name, "note": note})
            if topic not in ("insurance", "cost"):
                return Answer("product_days", {"product": product.name, "days": days, "note": note})
        if days == 0 and topic == "insurance" and not policy.shipping_insurance and policy.conditions:
            return Answer("no_insurance_none", facts)  # 「有运费险吗」 of a shop that takes nothing back unasked: no
        if days == 0 and topic is None and (let_back := _let_back_named(policy.conditions, text)):
            # 「效果图不满意可以退吗」 where the terms say 效果图确认之前可以随时取消全额退款: that, not 「不支持」
            return Answer("let_back", {"note": let_back})
        if days == 0:  # no returns without a reason: the shop's conditions say what it does instead
            return Answer("shop_none", facts) if policy.conditions else Answer("no_policy", handoff=True)
        if topic is None and _broke_condition(policy.conditions, text):
            topic = "used"  # 「弦剪了还能退吗」 where the terms say 琴弦没有剪断的可以退: the conditions, not a yes
        excluded = _excluded(policy.conditions, text) if topic in (None, "used") else None
        if excluded:  # 「定制的能退吗」 where the terms say 定制款不退不换: that first, not 「支持7天无理由」
            return Answer("excluded", {"note": excluded})
        if topic == "used":
            return Answer("used", facts) if policy.conditions else Answer("no_policy", handoff=True)
        insured = Answer("insurance" if policy.shipping_insurance else "no_insurance", facts)
        if topic == "insurance" and not self.rules.topic(text.replace("运费险", ""), "cost"):
            return insured
        if topic in ("insurance", "cost"):  # 「退货运费谁出 有运费险吗」: who pays, then the insurance too
            cost = _cost(own.note if own is not None else "", policy.conditions, policy.shipping_insurance, facts,
                         text)
            return dataclasses.replace(cost, also=(insured,)) if topic == "insurance" else cost
        if _RULED_OUT.search(policy.conditions):  # some goods are not taken back: the terms lead, no 「放心退」
            return Answer("policy_terms", facts, also=(insured,) if policy.shipping_insurance else ())
        return Answer("policy_insured" if policy.shipping_insurance else "policy", facts)


def _cost(own_note: str, conditions: str, insured: bool, facts: dict[str, object], text: str) -> Answer:
    """Who pays for sending it back: the product's own terms, else the shop's where they say
    (寄回运费买家出, 大件退回一般60到120元: before 运费险, which may not cover it), else 运费险."""
    # 「退货运费谁出」 of a mattress whose terms say 退回的物流费由买家承担; 「退货运费多少」 where the shop
    # wrote what it comes to (床大约300元): those
    said = _cost_of_way(own_note, text) or _cost_of_way(conditions, text) or _cost_said(text, own_note, conditions)
    if said:
        # (「退回去运费要多少」 of terms saying who pays and no sum: that, and a person tells how much)
        unpriced = bool(_SUM_ASKED.search(text) and not SUM_SAID.search(said))
        return Answer("cost_stated", facts | {"note": said}, handoff=unpriced)
    return Answer("cost_insured" if insured else "cost", facts)


#: How much it costs, asked: 多少, 多少钱, 几块.
_SUM_ASKED = re.compile(r"多少|几块|几元")


#: A clause of the shop's own terms that says what sending it back costs or who pays it: 运费 and a sum
#: or a payer after it, from the comma before it (not one inside brackets) to the end of its sentence.
_COST_CLAUSE = re.compile(r"(?:^|(?<=[,，。；;！!？?\n]))(?:(?![,，。；;！!？?\n]).)*(运费|邮费|快递费|物流费)"
                          r"[^。；;！!？?\n]*?(?:\d|买家|顾客|自己|自理|承担|本店|店家|卖家|我们)[^。；;！!？?\n]*")


#: Who pays for sending it back said before the cost: 「店铺承担一次退货运费」「买家出来回运费」.
_PAYER_FIRST = re.compile(r"(店铺|本店|店家|卖家|商家|我们|买家|顾客)(承担|出|负责|包)[^。；;,，)）]{0,8}"
                          r"(运费|邮费|快递费|物流费)")
#: The words of asking who pays, which name no way of returning (each pair of them, too).
_COST_WORDS = "退货运费谁出 邮费谁付 退回去寄回来 来回运费 快递费谁承担 多少钱"


def _cost_of_way(terms: str, text: str) -> str:
    """The sentence of ``terms`` that says who pays for a way of returning the buyer names (「试睡退货运费谁出」
    of 支持100晚试睡(…店铺承担一次退货运费); 「换码运费谁出」 of 不合脚换码可以免费换一次，寄回运费我们出: all of
    it, not its last clause told of every return), or nothing."""
    named = {pair for pair in cjk_pairs(text) if pair not in _COST_WORDS and not pair.startswith(("亲", "这"))}
    return next((sentence.strip() for sentence in re.split(r"[;；。]", terms)
                 if (_PAYER_FIRST.search(sentence) or _COST_CLAUSE.search(sentence))
                 and any(pair in sentence for pair in named)), "")


def _cost_said(text: str, *terms: str) -> str:
    """The first clause of ``terms`` telling what returning costs or who pays (来回运费由买家承担(床大约300元)),
    not one of a sentence on faults (收到有破损、漏液…请拍照联系客服,来回运费我们出) where ``text``, the
    buyer's line, reports none: a return for no reason is not sent back at the shop's cost."""
    fault = _OF_FAULT.search(text) is not None
    for term in terms:
        for sentence in SENTENCES.split(term or ""):
            found = _COST_CLAUSE.search(sentence)
            # (a fault said not to be there, 床垫没有污渍、没有破损…运费由我们承担, is a condition, not a fault)
            unfaulted = _NEGATED.sub(" ", sentence)
            if found and (fault or _NOT_FAULT.search(sentence)  # (不是质量问题退回的运费买家出: the no-reason one)
                          or not (_OF_FAULT.search(unfaulted) or _A_FAULT.search(unfaulted))) \
                    and not (_SIZE_SWAP.search(sentence, 0, found.start()) and "换" not in text):
                # (nor one of a sentence on swapping sizes, 不合脚换码可以免费换一次，寄回运费我们出, of a return)
                return found.group().strip(" ,，")
    return ""


#: A swap of the size, which terms may let go back free where a return does not: 换码, 换尺码, 换大小.
_SIZE_SWAP = re.compile(r"换(?:个)?(?:码|尺码|号|大小|尺寸)")


#: A clause of the shop's terms that rules returns out: 「定制款不退不换」「拆封后不支持退货」.
_RULED_OUT = re.compile(r"不(退|换|支持|接受|能退|能换|可退|予退|办理)")
#: What the buyer says was not done: 「没拆封」「未使用」.
_NEGATED = re.compile(r"(没有|没|未|不是|非)[\u4e00-\u9fff]{1,3}")
#: The words of asking for a return, which name nothing the terms could rule out.
_ASKING_RETURN = re.compile(r"[退换能可以吗嘛么呢的了货款不行吧呀啊哈?？!！,，。\s]|支持|无理由")


#: Made to order, in any of its words.
_MADE_TO_ORDER_WORDS = ("定制", "定做", "订做", "订制")
_MADE_TO_ORDER = re.compile("|".join(_MADE_TO_ORDER_WORDS))


def _excluded(conditions: str, text: str) -> str:
    """The clause of ``conditions`` ruling out returns of what the buyer named (定制 of 「定制的能退吗」:
    「定制款不退不换」), or nothing."""
    said = _ASKING_RETURN.sub(" ", _NEGATED.sub(" ", text)).split()  # (「没拆封的」 is no 拆封 ruled out)
    # (定做 said of terms that write 定制: the same)
    spelt = {_MADE_TO_ORDER.sub(form, word) for word in said for form in _MADE_TO_ORDER_WORDS}  # (one, mostly)
    named = {pair for word in spelt for pair in pairs(word)}
    sentences = SENTENCES.split(conditions)
    # what the terms let back (「单买的镜框…可以无理由退换」), not what they say it is not (非定制款)
    letting = [s for s in sentences if _ALLOWED.search(s) and not _RULED_OUT.search(s)]
    if any(m[0] in s for m in _NEGATED.finditer(text) for s in letting):
        return ""  # 「没用过 就拉开看了看」 where 没用过的可以退换: what it meets, not the use ruled out (拉开钓过鱼)
    allowed = " ".join(_NEGATED.sub(" ", s) for s in letting)
    for sentence in sentences:
        clauses = SMALL_PARTS.split(sentence)
        for i, clause in enumerate(clauses):
            ruled = _RULED_OUT.search(clause)
            if ruled is None:
                continue
            hits = [pair for pair in named if pair in clause[:ruled.start()]]
            # each thing it rules out, by the words just before the ruling or before an 和 that joins
            # another to it (「装了定制镜片的镜框和定制镜片不退不换」: the 镜框 and the 镜片)
            heads = [item[-_HEAD:] for item in _JOINED.split(clause[:ruled.start()])]
            if hits and all(pair in allowed and any(pair in head for head in heads) for pair in hits):
                continue  # 「装了镜片的镜框不能退」 of 「镜框能退吗」, where 单买的镜框 may: the terms, not a refusal
            if hits:
                return _with_faults(_OR.sub("", clause.strip()) + _excepted_after(clauses[i + 1:]), sentences)
            # 「磨成粉的属于定制,不支持无理由退货」: a clause that begins with the ruling rules out the one before
            if i and len(_WORDS.findall(clause[:ruled.start()])) < 2 and any(pair in clauses[i - 1] for pair in named):
                return _with_faults(_OR.sub("", f"{clauses[i - 1].strip()},{clause.strip()}")
                                    + _excepted_after(clauses[i + 1:]), sentences)
    return ""


def _excepted_after(clauses: Sequence[str]) -> str:
    """The cases the clause right after a ruling excepts from it (拆开的…不退不换,质量问题或者宝宝用后过敏(拍照给客服看)
    除外), said after it as those cases and what to do; "" where it excepts none."""
    after = clauses[0].strip() if clauses else ""
    return f"；{_excepted(after)}" if after.endswith("除外") else ""


def _with_faults(ruling: str, sentences: Sequence[str]) -> str:
    """A ruling out of returns without a reason (「已经激活的不支持无理由退货」), with what the terms
    still allow for a fault (「签收15天内出现性能故障…可以换新机」): not a plain 「不能退换」."""
    if "无理由" not in ruling:
        return ruling
    fault = next((s.strip() for s in sentences if _A_FAULT.search(s) and _FAULT_GETS.search(s)
                  and not _RULED_OUT.search(s)), "")
    return f"{ruling};{fault}" if fault else ruling


#: Used for a while by the buyer (弹了几天, 穿了两次), and what came so (收到, 到手就).
#: Something asked to be taken back: 还能退吗, 能换吗, 退货.
_TAKEN_BACK = re.compile(r"退|换")
_USED_A_WHILE = re.compile(r"(用|穿|戴|弹|骑|玩|洗|背)了?(几|一|两|三|四|五|六|七|\d+|没几|好几)(天|次|周|个星期|回)")
_ON_ARRIVAL = re.compile(r"收到|到手|拿到|刚到|发来|寄来|拆开就|打开就")


#: A fault the terms speak of, and what they still allow for it (not 不支持: a ruling).
_A_FAULT = re.compile(r"质量问题|故障|损坏|瑕疵|坏")
_FAULT_GETS = re.compile(r"(?<![不没])(可以|能|支持|接受|免费)[^,，]{0,8}(退|换|重做|维修|修|补发)")


_WORDS = re.compile(r"[\u4e00-\u9fff]")
#: How far before a ruling the thing it rules out is named (「…的镜框不能退」).
_HEAD = 4
#: Words that join two things a ruling speaks of (「…的镜框和定制镜片不退不换」).
_JOINED = re.compile(r"和|与|及|、|或|跟")
#: A sentence of the terms that lets something be returned: 「…的可以无理由退换」.
_ALLOWED = re.compile(r"(可以|能|支持|接受)(七天|7天)?(无理由)?(退|换)")
#: A clause letting something back or off: 可以随时取消全额退款, 能退.
_LETS_BACK = re.compile(r"(可以|能|支持|接受)[^,，;；。]{0,6}(退|换|取消)")


def _let_back_named(conditions: str, text: str) -> str:
    """The clause of ``conditions`` letting back (or off) what the buyer named (效果图 of 「效果图不满意可以退吗」:
    「效果图确认之前可以随时取消全额退款」), or nothing."""
    named = {pair for word in _ASKING_RETURN.sub(" ", text).split() for pair in pairs(word)}
    return next((clause.strip() for clause in SMALL_PARTS.split(conditions or "")
                 if _LETS_BACK.search(clause) and not _RULED_OUT.search(clause)
                 and any(pair in clause for pair in named)), "")


#: The word joining a clause to the one before (「…,或者门上已经开孔的」), left out when it is said alone.
_OR = re.compile(r"^(或者|或是|以及|还有|及|或)")


#: A sentence of the shop's terms about a reaction: 「出现过敏等不适,请立即停用并及时就医」.
_OF_HARM = re.compile(r"过敏|不适|停用|就医")


def _said_of_harm(conditions: str) -> str:
    """What the terms say to do after a reaction (过敏…请立即停用并及时就医), from the clause naming it (用了过敏的,
    拍照片和医院诊断证明联系客服处理, not the no-reason terms before it in the sentence)."""
    sentence = next((s for s in SENTENCES.split(conditions or "") if _OF_HARM.search(s)), "")
    clauses = [c.strip() for c in SMALL_PARTS.split(sentence) if c.strip()]
    # (from the clause naming it: 拆开的纸尿裤…不退不换 before 宝宝用后过敏(拍照给客服看)除外 is no word to them)
    start = next((i for i, c in enumerate(clauses) if _OF_HARM.search(c)), 0)
    said = "，".join(clauses[start:])
    return _excepted(said) + "。" if said else ""


#: A clause of the terms about a fault on arrival: the fault named and what is done about it.
_OF_FAULT = re.compile(r"质量问题|坏果|坏了|破损|破了|压烂|烂了|变质|发霉|霉变|开胶|断底|漏液|漏了|错发|少发|漏发")
_FAULT_DONE = re.compile(r"拍照|拍照片|照片|视频|联系客服|补发|换新|保修|包赔|赔|退款|退换|包换|包退|承担|负责")
#: Faults said to be excepted from the rule before, with what to do in brackets after.
_EXCEPT_FAULTS = re.compile(r"^[^(（]{0,10}质量问题除外[(（]")
#: A clause about what is not a fault (不是质量问题的不退不换): the no-reason terms, not what to do now.
_NOT_FAULT = re.compile(r"(不是|非|没有|无|不算|不属于)质量问题")
#: A clause of what alone is taken back (只有质量问题才能退换): a limit of the terms, which said to a buyer
#: reporting a fault reads as a refusal, not what to do now.
_ONLY_IF = re.compile(r"只有[^,，。;；]*才|仅限")
#: Within so many days from receipt: 15天内, 7日内.
_WITHIN_DAYS = re.compile(r"\d+\s*(?:天|日)(?:内|以内)")


def _sentence_naming(terms: str, text: str) -> str:
    """The sentence of the terms that names the fault in the buyer's own words (缺页 of 「我买的书缺页了」:
    缺页、倒装、印刷错误这类印刷质量问题随时包换), before any other sentence of faults; "" where none does."""
    words = {w for w in cjk_pairs(text) if w not in _SAID_OF_EVERY_FAULT and not _NAMES_NO_FAULT.search(w)}
    short = _SHORT_WEIGHT.search(text) is not None
    if short:  # 「称了才1.3kg 缺斤少两」: the part of weight (觉得重量不够的,请…放在秤上拍视频)
        words |= {"重量", "分量", "称重", "斤两", "秤上"}
    # (in the clause naming the fault: 手表 of 「已经激活的手表不支持7天无理由,有质量问题的除外」 names no fault;
    # the part of a sentence of several rules, 活蟹…；冻品…；觉得重量不够的…, that names it; not one of what is
    # no fault (掉一两片叶子…不算质量问题): a person says so, having seen it, not the bot to a buyer reporting it)
    return next((part.strip().rstrip("。") + "。" for sentence in SENTENCES.split(terms or "")
                 for part in re.split(r"[；;]", sentence) if not _NOT_FAULT.search(part)
                 if any(any(w in clause for w in words) and (short or _OF_FAULT.search(clause))
                        for clause in SMALL_PARTS.split(part))), "")


#: Goods said to weigh less than bought: 缺斤少两, 不够秤, 称了才1.3kg.
_SHORT_WEIGHT = re.compile(r"缺斤少两|短斤少两|不够秤|分量不足|分量不够|重量不够|(称|秤)了?.{0,4}(才|只有|不到|少了)")
#: Characters of a buyer's line that name no fault: 我买的, 收到了, 怎么办.
_NAMES_NO_FAULT = re.compile(r"[我你的了吗呢啊怎么办收到买拍这那个是有没都]")


def fault_in_own_words(text: str, terms: str) -> str:
    """A fault the terms name (发黏 of 收到有异味、发黏、颜色发暗的,请…拍照), said by a buyer who has received
    the goods (「收到…有点发黏」); "" where none is."""
    if not _RECEIVED.match(text):
        return ""
    said = _said_on_arrival(terms)
    if not said:
        return ""
    return min((w for w in cjk_pairs(text) if w in said and w not in _SAID_OF_EVERY_FAULT), default="")


def _said_on_arrival(terms: str) -> str:
    """The sentences of the terms saying what is done of what came amiss (收到有异味、发黏、颜色发暗的,请签收后
    2小时内拍照联系客服), whatever faults they name; "" where none does."""
    said = [part.strip() for part in SENTENCES.split(terms or "")
            if _FAULT_DONE.search(part) and _RECEIVED_SAID.search(part)]
    return "；".join(said) + "。" if said else ""


#: Said by a buyer who has the goods: 「收到…」「到手…」「刚拿到…」; and in terms, of what came.
_RECEIVED = re.compile(r"^(?:亲|你好|您好|在吗|刚|今天|昨天)*[\s,，]*(?:收到|到手|拿到|到了|签收)")
_RECEIVED_SAID = re.compile(r"收到|到手|签收|到货")
#: Words any fault's terms say, which name no fault of their own.
_SAID_OF_EVERY_FAULT = frozenset({"收到", "签收", "拍照", "照片", "联系", "客服", "小时", "以内", "之内", "处理",
                                  "退款", "补发", "核实", "质量", "问题", "货后", "到货", "请在", "天内", "时内"})


def _said_of_fault(terms: str, faults: re.Pattern[str] = _OF_FAULT) -> str:
    """The sentences of the terms saying what is done when what came is faulty (收到开胶、断底这类
    质量问题,请7天内拍照联系客服处理), from the clause that names the fault (one of ``faults``); "" where
    they say none."""
    said = []
    for sentence in SENTENCES.split(terms or ""):
        clauses = [c for c in SMALL_PARTS.split(sentence) if c.strip()]
        # (a limit within so many days, 15天内只有质量问题才能换新, is what is done now: 15天内质量问题能换新)
        clauses = [_ONLY_IF.sub(lambda m: m.group()[2:-1], c) if _WITHIN_DAYS.search(c) else c for c in clauses]
        start = next((i for i, c in enumerate(clauses)  # (没有破损: a condition, no fault named)
                      if faults.search(_NEGATED.sub(" ", c)) and not _NOT_FAULT.search(c) and not _ONLY_IF.search(c)),
                     None)
        if start is not None and _FAULT_DONE.search("".join(clauses[start:])):
            # (「质量问题除外(发霉、破袋请拍照联系客服)」: what is in the brackets)
            told = "，".join(c.strip() for c in clauses[start:])
            said.append(_excepted(_EXCEPT_FAULTS.sub("", told).rstrip(")）") if _EXCEPT_FAULTS.match(told) else told))
    return "；".join(said) + "。" if said else ""


#: Cases excepted from a refusal, what to do in brackets before 除外: 质量问题或者宝宝用后过敏(拍照给客服看)除外.
_EXCEPTED_DOING = re.compile(r"^(?P<cases>[^(（]+)[(（](?P<doing>[^)）]+)[)）]除外$")


def _excepted(told: str) -> str:
    """A clause of cases excepted, what to do in brackets (质量问题或者宝宝用后过敏(拍照给客服看)除外), said as
    those cases and what to do (质量问题或者宝宝用后过敏：拍照给客服看); any other as written."""
    excepted = _EXCEPTED_DOING.match(told)
    return f"{excepted['cases']}：{excepted['doing']}" if excepted else told


#: Said right before it, that it was not done: 「没剪」「未撕」.
_SAID_NOT_DONE = re.compile(r"(没有|没|未|不)$")
#: What the terms ask not to have been done: 「琴弦没有剪断」「没有磕碰」「未激活」.
_NOT_DONE_TERM = re.compile(r"(?:没有|没|未|无)([\u4e00-\u9fff]{1,2})")


#: Damage found on arrival, as buyers report it (碎了, 破了, 裂了, 摔坏, 磕掉一块漆) and as a fact of the goods
#: names it.
_DAMAGE = re.compile(r"碎|破损|破了|裂|摔|压坏|压扁|压弯|压变形|压歪|压烂|压瘪|挤烂|挤坏|皱了|碰歪|撞歪|撞坏|磕坏"
                     r"|有点歪|歪了|漏了|漏液|漏出|洒了|磕掉|碰掉|磕碰|磕了|掉漆")
#: Goods not those ordered, as a buyer says it: 发错了, 发来的是16的, 怎么发成白色了.
_WRONG_SENT = re.compile(r"发错|错发|发成|(?:发|寄)(?:来|过来|给我)?的(?:却)?是"
                         r"|(?:你们|却|结果|怎么)(?:发|寄)(?:的|了|成)(?!什么|啥|哪|快递)")
#: What terms call it: 错发, 发错, 漏发.
_WRONG_TERMS = re.compile(r"错发|发错|漏发|少发|型号不对")
#: A flaw said not to be there: 没划痕, 无磕碰, 没有质量问题, 又没坏.
_NOT_FOUND = re.compile(r"(?:没|没有|无|不带|不会有)(?:任何|一点)?(?:划痕|划伤|刮痕|磕碰|磕痕|坏点|亮点|瑕疵|破损|污渍"
                        r"|质量问题|问题|坏)")
#: Harm the buyer did to the goods (不小心弄脏了, 孩子弄坏了, 猫抓破了): no fault of theirs, the goods used.
_CAUSED = re.compile(r"(?:不小心|自己|我|孩子|小孩|宝宝|猫|狗)?给?(?:弄|洒|泼|踩|咬|抓)(?:脏|坏|破|湿|花|烂)了?")
#: Said by a buyer who has the goods, anywhere in the line (「我收到的碎了怎么赔」): a report, not a question before.
_ARRIVED = re.compile(r"收到|到手|拿到|签收|到了|寄来|打开|拆开")
#: What the shop asks of goods that came damaged: 收到如果有破损,请48小时内拍照…破损包赔.
_DAMAGE_DONE = re.compile(r"收到|到货|签收|拍照|包赔|补发")


def _fact_of_damage(product: Product | None, text: str, done: re.Pattern[str] = _DAMAGE_DONE,
                    damaged: bool = False) -> str | None:
    """A fact of the product saying what to do when it comes damaged (破损: 收到如果有破损,请48小时内拍照
    联系客服,破损包赔), where the buyer reports it damaged (「收到灯罩碎了」, or ``damaged`` said before) or
    asks before (「碎了怎么赔」, with ``done`` the words of what is done): its words, not the warranty."""
    if product is None or not (damaged or _DAMAGE.search(text)):
        return None
    return next((value for key, value in product.attributes.items()
                 if _DAMAGE.search(key + value) and done.search(value)), None)


def _fact_of_fault(product: Product | None, text: str) -> str | None:
    """A fact of the product named by the fault the buyer says (坏点政策 of 「有坏点怎么算」, 断竿保修 of
    「竿子断了」): its words, the product's own rule of that fault."""
    if product is None:
        return None
    said = {m.group() for m in _FAULT_NAMED.finditer(text)}
    # (「少了两片」 of a puzzle whose 缺片 says what is done: pieces missing, said either way)
    said |= {f"{lack}{m['unit']}" for m in _PIECES_MISSING.finditer(text) for lack in "缺少"}
    return next((value for key, value in product.attributes.items()
                 if said and (_FAULT_NAMED.search(key) or any(word in key for word in said))
                 and any(word in key + value for word in said)), None)


#: A part of the goods said to break (电池坏了, 灯头不亮了), and a fact's name of what is done to one (更换,
#: 维修, 保修).
_PART_BROKEN = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,4}?)(?:要是|如果)?"
                          r"(?:坏了|坏掉|坏|不行了|没电了|不亮了|不充电了)")
_DONE_TO_A_PART = re.compile(r"换|修|保")


def _fact_of_part_broken(product: Product, text: str) -> str | None:
    """A fact of the product named by a part the buyer says may break and what is done to it (电池更换 of
    「电池坏了能换吗」: 电池可以拆下来单独换…): its words, the product's own rule of that part."""
    for said in _PART_BROKEN.finditer(text):
        part = said["part"][-2:]
        found = next((value for key, value in product.attributes.items()
                      if key.startswith(part) and _DONE_TO_A_PART.search(key)), None)
        if found is not None:
            return found
    return None


#: A size said to be wrong for the buyer: 买错了, 不合适, 戴不上, 偏小.
_SIZE_WRONG = re.compile(r"(买|拍|选|挑|订)错|不合适|不合手|不对|偏大|偏小|太大|太小|大了|小了|(戴|穿|套)不(上|进)")
#: What is done to a size that is wrong: 改圈口, 换码, 调换.
_CHANGED = re.compile(r"改|换|调")
#: What a product's sizes are called, besides its own label: 尺码, 码数, 圈号.
_SIZE_WORDS = ("尺码", "码数", "圈号", "圈口", "号码", "尺寸")


def _fact_of_resizing(product: Product, text: str) -> str | None:
    """A fact of the product saying what is done when its size is wrong (改圈口: 圈号不合适,可以寄回改一次
    圈号…), where the buyer says the size they bought is wrong (「圈号买错了能换吗」): its words. The fact
    speaks of a size that is wrong; one of changing it in time (更换周期: 12个月换一次) does not."""
    words = [w for w in dict.fromkeys((product.size_label or "", *_SIZE_WORDS)) if len(w) >= 2]
    if not _SIZE_WRONG.search(text) or not any(w in text for w in words):
        return None
    return next((value for key, value in product.attributes.items()  # (not 更换周期: 12个月换一次, no size wrong)
                 if _CHANGED.search(key + value) and _SIZE_WRONG.search(key + value)
                 and any(w in key + value for w in words)), None)


#: Faults a product's fact may be named by: 坏点政策, 亮点, 断竿保修, 死苗包赔, 掉漆.
#: Pieces said to be missing: 少了两片, 缺了一个, 少3颗.
_PIECES_MISSING = re.compile(r"(?:少|缺)了?[\d一二两三四五六七八九十几]*(?P<unit>片|件|颗|块|个|粒|根)")
_FAULT_NAMED = re.compile(r"坏点|亮点|暗点|断竿|断节|死苗|冻伤|漏液|漏水|掉漆|生锈|起泡|脱线|开胶"
                          # (死了3只 of 死蟹包赔)
                          r"|(?<![不没])死(?=了|掉|的|蟹|鱼|虾|苗|[\d一二两三四五六七八九十几]+[只条个])")


#: Words of opening the goods' package, any of which a rule may use for the others (拆开, 拆封, 开封).
_OPENED = re.compile(r"拆|开封|打开|撕开|撕掉|撕了")


def _with_conditions(note: str, conditions: str | None, used: re.Match[str] | None) -> str:
    """The product's own rule, and the clauses of the shop's conditions that speak of the state
    the buyer says the goods are in where that rule says nothing of it (拆封 of a phone whose rule
    speaks of 激活 alone: 手机没拆封…可以无理由退货;拆了塑封或者激活过的不支持无理由退货)."""
    stem = used.group().rstrip("了过") if used is not None else ""
    if not stem or not conditions or stem in note or (_OPENED.search(stem) and _OPENED.search(note)):
        return note  # (拆开 of a pillow whose rule speaks of 拆封: its own words of opening rule)
    said = re.compile(".{0,3}".join(map(re.escape, stem)))
    clauses = [c for c in FACT_PARTS.split(conditions) if c and said.search(c)]
    return f"{note.rstrip('。；;')}；{'；'.join(clauses)}" if clauses else note




#: A product's return rule that lets some back within days (没拆封的7天内可以退), though it takes none without
#: a reason in general.
_SOME_BACK = re.compile(r"(?<![不没])\d+\s*天(?:内|之内|以内)?[^,，;；。]{0,6}?(?<![不没])"
                        r"(?:可以|能|支持)?(?:退|无理由)")


def _broke_condition(conditions: str, text: str) -> bool:
    """Whether the buyer says they did what the terms ask not to have been done (「弦剪了」 of
    「琴弦没有剪断的可以退」: 剪了), not said as not done (「没剪」)."""
    for term in _NOT_DONE_TERM.findall(conditions or ""):
        for said in (term, term[0] + "了"):
            at = text.find(said)
            if at >= 0 and not _SAID_NOT_DONE.search(text, 0, at):
                return True
    return False


#: Postage asked, and a product's fact of what sending it back costs: 寄回运费, 退货运费, 回寄邮费.
_POSTAGE = re.compile(r"运费|邮费|快递费")
_RETURN_POSTAGE_KEY = re.compile(r"(?:寄回|退回|退货|回寄|寄还|归还)的?(?:运费|邮费|快递费)")
