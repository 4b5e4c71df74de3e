"""order_change: change the address, phone, colour or size, merge or cancel. The bot
cannot change an order itself: it notes the request in the order-note format
(name + content + date) and hands it to an agent."""

from __future__ import annotations

import re

from botcore.shop import Product
from botcore.sizes import size_shown, variant_label
from intents.base import Answer, Intent, Question

__all__ = ["OrderChange"]


class OrderChange(Intent):
    name = "order_change"
    rank = 20
    cases = {"address": (), "phone": (), "change": ("request",), "change_unknown": ("product", "request", "choices"),
             "merge": (), "cancel": (), "general": ()}

    def answer(self, question: Question) -> Answer:
        entities = question.message.entities
        topic = self.rules.topic(question.message.text, "address", "phone", "merge", "cancel", "change")
        product = question.product
        sizes = tuple(variant_label(None, size_shown((product.find_size(s) if product else None) or s))
                      for s in entities.sizes)  # 16 on a phone case is iPhone16, not 16码
        wanted = _wanted(question.message.text, entities.colours, entities.sizes, sizes)
        if product is not None:  # each colour once, as the shop names it (麻辣的 and 麻辣味 are one)
            wanted = list(dict.fromkeys(_named(product, w) for w in wanted))
        if topic == "change" and wanted and product is not None and entities.colours and all(
                not product.colours_like(c) and product.find_size(c) is None for c in entities.colours):
            # 「能改成白色吗」 of one that comes in no white: say what it comes in, no note of a change it lacks
            return Answer("change_unknown", {"product": product.name, "request": "、".join(wanted),
                                             "choices": "、".join(product.colours)}, handoff=True)
        if topic == "change" and wanted:
            request = "、".join(wanted)
            # (「把L换成XL」: from what to what, so the person changes the L and does not add an XL)
            # (of the same kind: 「拍了黑色想换成XL」 keeps the black)
            colour_wanted = any(w not in sizes for w in wanted)
            size_wanted = any(w in sizes for w in wanted)
            replaced = "、".join(
                [*(c for c in entities.colours if colour_wanted and c not in wanted
                   and (product is None or _named(product, c) not in wanted)),
                 *(z for z in sizes if size_wanted and z not in wanted)])
            note = {
                "type": "order_note",
                "by": question.shop.shop.agent_nickname,
                "content": f"买家要求把{replaced}改成{request}" if replaced else f"买家要求改{request}",
                "date": question.now.date().isoformat(),
            }
            return Answer("change", {"request": request}, handoff=True, actions=(note,))
        case = topic if topic in ("address", "phone", "merge", "cancel") else "general"
        return Answer(case, handoff=True, actions=({"type": "flag", "reason": f"order_change:{case}"},))


def _named(product: Product, word: str) -> str:
    """The product's own name of a colour the buyer said (藏青加绒 of 藏青 where only it
    begins so); the buyer's word where it may mean several (藏青 of 藏青加绒 and 藏青薄款)."""
    likely = product.colours_like(word)
    return likely[0] if len(likely) == 1 else word


#: Where the new choice follows: 「拍了M 想换成L」 changes to L, 「拍成15了 我是16」 to 16.
_TO = re.compile(r"换成|改成|改为|换为|换|改|我是|我要的是|要的是|应该是")
#: Where what was ordered by mistake follows: 「拍成原味了」「拍的是M」.
_FROM = re.compile(r"拍成|拍的是|下成|买成|选成|拍了")


def _wanted(text: str, colours: tuple[str, ...], sizes: tuple[str, ...], labels: tuple[str, ...]) -> list[str]:
    """The colours and sizes asked for (the sizes as ``labels`` say them): those said after
    the last 换成/改成 when any are (「拍了黑色想换成米白」: 米白色 only), else all named."""
    said = [*colours, *labels]
    ordered = [m.end() for m in _FROM.finditer(text)]  # 「拍成原味了」: what was ordered, not wanted
    if ordered:
        kept = [name for name, key in zip(said, [*colours, *sizes], strict=True)
                if not any(text.lower().find(key.lower(), at) == at or text.lower().find(key.lower(), at) == at + 1
                           for at in ordered)]
        said = kept or said
    changes = list(_TO.finditer(text))
    if not changes:
        return said
    after = text[changes[-1].end():].lower()
    later = [*(c for c in colours if c.removesuffix("色") in after),
             *(label for s, label in zip(sizes, labels, strict=True) if _said_in(s, after))]
    if not later and _NAMES_SOMETHING.search(after):
        return []  # 「椅子能换成桌子吗」: what it becomes is no colour or size the bot knows, not the 椅子 before it
    return later or said


def _said_in(size: str, text: str) -> bool:
    """Whether ``text`` says ``size`` as a word of its own (L in 「换成L」, not in 「换成XL」)."""
    return re.search(rf"(?<![a-z0-9]){re.escape(size.lower())}(?![a-z0-9])", text) is not None


#: Something named after 换成: a word of two characters or more, the asking ones left out.
_NAMES_SOMETHING = re.compile(r"[\u4e00-\u9fffa-z0-9]{2,}(?<![吗呢吧啊呀嘛么])")
