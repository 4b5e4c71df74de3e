"""product: questions about the item itself: authenticity, material, washing, colour
difference, thickness. Answers only from the product's own fields; when the shop has
not written the fact down, the engine says it will ask and hands off."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["ProductQuestion"]


class ProductQuestion(Intent):
    name = "product"
    rank = 110
    carries_over = ("products", "colours")
    cases = {
        "authentic": ("product", "statement"),
        "material": ("product", "material"),
        "care": ("product", "care"),
        "colour": ("product",),
        "details": ("product", "material", "selling_points"),
        "which_product": (),
        "unknown": (),
    }

    def answer(self, question: Question) -> Answer:
        topic = self.rules.topic(question.message.text, "authentic", "colour", "care", "material", "thickness")
        name = question.product.name if question.product else "这款"
        if topic == "authentic":  # only what the shop itself promises, never a blanket "正品"
            statement = question.shop.shop.authenticity
            if not statement:
                return Answer("unknown", handoff=True)
            return Answer("authentic", {"product": name, "statement": statement})
        if topic == "colour":
            return Answer("colour", {"product": name})
        product = question.product
        if product is None:
            return Answer("which_product")
        facts = {"product": product.name, "material": product.material,
                 "care": product.care, "selling_points": product.selling_points}
        if topic == "care" and product.care:
            return Answer("care", facts)
        if topic == "material" and product.material:
            return Answer("material", facts)
        if product.material and product.selling_points and topic != "care":
            return Answer("details", facts)
        return Answer("unknown", handoff=True)
