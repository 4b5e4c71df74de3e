"""The intents, one module each; their keywords and examples are data in
``intents/data/<name>.yaml``, their wordings in ``replies/scripts/<name>.yaml``.

Every `Intent` subclass in a module of this package is found at import, ordered by its
``rank``: adding an intent is adding its module (with its data, wordings, labels entry
and test), nothing else. `INTENT_NAMES` is the label set of the product brief
(shared/PRODUCT.md) in tie-break order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import lru_cache

from botcore.errors import ScriptError
from intents.base import Answer, Evidence, Intent, IntentHit, Message, Question
from intents.catalogue import Catalogue

__all__ = [
    "INTENT_NAMES",
    "Answer",
    "Evidence",
    "Intent",
    "IntentHit",
    "Message",
    "Question",
    "by_name",
    "load_catalogue",
    "load_intents",
]


def _intent_classes() -> tuple[type[Intent], ...]:
    """Every intent defined in a module of this package, by rank."""
    found: list[type[Intent]] = []
    for module_info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found += [value for value in vars(module).values()
                  if isinstance(value, type) and issubclass(value, Intent)
                  and value.__module__ == module.__name__ and "name" in vars(value)]
    ranks = [cls.rank for cls in found]
    if len(set(ranks)) != len(ranks):
        raise ScriptError(f"两个意图的 rank 相同,请给每个意图不同的 rank: {sorted(ranks)}", "duplicate_rank")
    return tuple(sorted(found, key=lambda cls: cls.rank))


_CLASSES = _intent_classes()

#: Every label, in tie-break order (earlier wins a tie: an angry buyer beats a greeting).
INTENT_NAMES: tuple[str, ...] = tuple(cls.name for cls in _CLASSES)


@lru_cache(maxsize=1)
def load_intents() -> tuple[Intent, ...]:
    """One instance of every intent, rules compiled (once per process)."""
    return tuple(cls() for cls in _CLASSES)


@lru_cache(maxsize=1)
def by_name() -> Mapping[str, Intent]:
    """The intents by label, in tie-break order."""
    return {intent.name: intent for intent in load_intents()}


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Every intent's keywords and examples in one automaton and one example list."""
    return Catalogue(intent.rules for intent in load_intents())
