"""invoice: whether the shop issues invoices, which kinds, and when. Asked for a kind
(专票, 纸质), the answer is about that kind: given only if the shop lists it."""

from __future__ import annotations

import re

from botcore.shop import Product
from botcore.stages.entities import promotions_in_full
from botcore.text import FACT_PARTS, SMALL_PARTS, cjk_pairs, join
from intents.attributes import NOT_TAKEN
from intents.base import Answer, Intent, Question

__all__ = ["Invoice"]

_ASKED = "invoice"  # Conversation.asked after an invoice answer


class Invoice(Intent):
    name = "invoice"
    rank = 50
    before_buying = True
    cases = {"available": ("kinds", "note"), "unavailable": (), "unavailable_note": ("note",),
             "kind_yes": ("kind", "note"), "kind_no": ("kind", "kinds"), "after_order": (),
             "product_own": ("product", "note"), "note_asked": ("note",)}
    # 「个人的」「电子的还是纸质的」「专票呢」 right after an invoice answer go on with it
    continued_by = {_ASKED: "follow"}

    def answer(self, question: Question) -> Answer:
        invoice = question.shop.invoice
        if self.rules.topic(question.message.text, "after"):  # 「发票开错了」「税号发你」: a person does it
            return Answer("after_order", handoff=True, actions=({"type": "flag", "reason": "invoice"},))
        said = {"asked": _ASKED}
        product = question.product
        own = _own_word(product) if product is not None else None
        if product is not None and own is not None:  # 跨境商品不能开发票 of one product: that, not the shop's 可以开
            return Answer("product_own", {"product": product.name, "note": own}, said)
        if not invoice.available:  # what the shop gives instead, where it says (订单截图作为购买凭证)
            return Answer("unavailable_note", {"note": invoice.note}, said) if invoice.note \
                else Answer("unavailable", remember=said)
        asked = [kind for kind in _KINDS if self.rules.topic(question.message.text, kind) is not None]
        clause = _clause_asked(invoice.note, question.message.text) \
            if not _WHETHER_ANY.search(question.message.text) else None
        if clause is not None and not (len(asked) == 1 and _KINDS[asked[0]] not in clause):
            # 「国补的可以开公司抬头吗」 of 国补订单按要求只开个人抬头的发票: the clause of the note that speaks of it
            return Answer("note_asked", {"note": clause}, said)
        kinds = join(invoice.kinds)
        if len(asked) == 1:  # (「电子的还是纸质的」 asks which there are: all of them)
            word = _KINDS[asked[0]]
            offered = next((kind for kind in invoice.kinds if word in kind), None)
            if offered is None:
                return Answer("kind_no", {"kind": _NAMES[asked[0]], "kinds": kinds}, said)
            # (「能开专票吗 上牌要用」: that it is given, and the clause of the note on what it is for, 上牌可以用)
            return Answer("kind_yes", {"kind": offered, "note": clause or invoice.note}, said)
        return Answer("available", {"kinds": kinds, "note": invoice.note}, said)


#: Whether the shop gives invoices at all, asked plainly (「能开发票吗 学校报销要的」): the kinds and the whole note,
#: not the one clause a word beside it names.
_WHETHER_ANY = re.compile(r"(?:能|可以|可不可以|能不能)(?:开|开具)?(?:发票|票)(?:吗|么|嘛|不)?(?:$|[\s,，。?？!！])")
#: A fact named for invoices (发票, 开票说明).
_INVOICE_KEY = re.compile(r"发票|开票")
#: An invoice refused in a fact of other things (和国行的区别: …不能开发票): 不能开发票, 不开票, 无法开具发票.
_NO_INVOICE = re.compile(r"(不能|不可以|不可|无法|不|没法|不支持|不提供)(开具?|提供)?(发票|票)")


def _clause_asked(note: str, text: str) -> str | None:
    """The clause of the shop's invoice note that speaks of what the line names besides invoices (国补
    of 「国补的可以开公司抬头吗」, in 国补订单按要求只开个人抬头的发票, or written out in 国家补贴订单…);
    None where no one clause does."""
    text = _NOT_TAKEN.sub("", text)  # 「那不用国补能开专票不」: of an order without 国补, not of its clause
    said = {pair for pair in cjk_pairs(text) | cjk_pairs(promotions_in_full(text)) if not _INVOICE_WORDS.search(pair)}
    clauses = [c.strip() for c in FACT_PARTS.split(note) if c.strip() and said & cjk_pairs(c)]
    return clauses[0] if len(clauses) == 1 else None


#: A thing said not taken (不用国补, 不走国补): what the note says of it is not asked.
_NOT_TAKEN = re.compile(NOT_TAKEN + r"[\u4e00-\u9fff]{1,4}?(?=的话|[能可,，\s])")
#: Characters of invoices and of asking, which name nothing else a note may speak of.
_INVOICE_WORDS = re.compile(r"[发票开具抬头专普纸质电子公司个人可以能吗么呢的要是请问我你亲下单订税号]")


def _own_word(product: Product) -> str | None:
    """What the product's own facts say of invoices: a fact named for them (发票: 跨境商品不能开发票), or
    else a clause of another fact that refuses one (和国行的区别: …不能开发票); None where they say nothing."""
    named = next((value for key, value in product.attributes.items() if _INVOICE_KEY.search(key)), None)
    if named is not None:
        return named
    clauses = (c.strip() for value in product.attributes.values() for c in SMALL_PARTS.split(value))
    return next((c for c in clauses if _NO_INVOICE.search(c)), None)


# a kind of invoice a buyer may ask for -> the word a shop's own kind holds, and its name
_KINDS = {"special": "专", "paper": "纸", "electronic": "电子"}
_NAMES = {"special": "增值税专用发票(专票)", "paper": "纸质发票", "electronic": "电子发票"}
