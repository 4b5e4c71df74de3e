"""The 14 intents, one module each; their keywords and examples are data in
``intents/data/<name>.yaml``. `INTENT_NAMES` is the label set of the product brief
(shared/PRODUCT.md)."""

from __future__ import annotations

from functools import lru_cache

from intents.bargain import Bargain
from intents.base import Answer, Evidence, Intent, IntentHit, Message, Question
from intents.catalogue import Catalogue
from intents.greeting import Greeting
from intents.human import Human
from intents.invoice import Invoice
from intents.logistics import Logistics
from intents.order_change import OrderChange
from intents.other import Other
from intents.payment import Payment
from intents.product import ProductQuestion
from intents.returns import Returns
from intents.shipping import ShippingQuestion
from intents.sizing import Sizing
from intents.stock import Stock
from intents.thanks import Thanks

__all__ = [
    "INTENT_NAMES",
    "Answer",
    "Evidence",
    "Intent",
    "IntentHit",
    "Message",
    "Question",
    "load_catalogue",
    "load_intents",
]

_CLASSES: tuple[type[Intent], ...] = (
    Human, OrderChange, Logistics, Returns, Invoice, Payment, Sizing, Stock,
    ShippingQuestion, Bargain, ProductQuestion, Greeting, Thanks, Other,
)

#: Every label, in tie-break order (earlier wins a tie: an angry buyer beats a greeting).
INTENT_NAMES: tuple[str, ...] = tuple(cls.name for cls in _CLASSES)


@lru_cache(maxsize=1)
def load_intents() -> tuple[Intent, ...]:
    """One instance of every intent, rules compiled (once per process)."""
    return tuple(cls() for cls in _CLASSES)


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Every intent's keywords and examples in one automaton and one example list."""
    return Catalogue(intent.rules for intent in load_intents())
