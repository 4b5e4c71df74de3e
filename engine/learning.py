"""What the bot learns from, and the learned matcher each shop gets (`intents.learned`).

The bundled examples, the written library (``intents/data/library/``) and each intent's
own ``examples``, weigh 1 each (0.5 for the second label of a line asking two things).
A shop's own examples (``matching.<intent>.examples``, which is also where questions
adopted from 未回答 go) weigh `SHOP_WEIGHT`: in its own shop, its own buyers' way of
asking counts more. Shops with the same examples share one fitted matcher per process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from botcore.shop import Shop
from botcore.stages.entities import extract
from botcore.stages.normalise import normalise
from botcore.stages.tokenise import tokenise
from botcore.stages.vocabulary import Vocabulary
from intents import Intent
from intents.evidence import Message
from intents.learned import Learned
from intents.library import Line, library

__all__ = ["SHOP_WEIGHT", "Examples", "bundled", "learned_for", "library_examples", "own_examples", "read", "read_all"]

#: How much one of the shop's own examples weighs against one from the bundled library.
SHOP_WEIGHT = 10.0
#: A second (third ...) label of a library line weighs this much.
ALSO_WEIGHT = 0.5

Examples = tuple[tuple[str, str, float], ...]  # (text, intent, weight)


def read(text: str, vocabulary: Vocabulary | None = None) -> Message:
    """A text as the matchers read it: normalised, cut into words, its entities found."""
    normalised = normalise(text)
    tokens = tokenise(normalised.text) if not normalised.empty else ()
    return Message.of(normalised.text, tokens, extract(normalised.text, vocabulary))


def read_all(texts: Sequence[str]) -> list[Message]:
    """`read` of each text (a `Reader`), stage by stage: every text normalised, then every
    one cut into words, then the entities of each. The same messages, a third sooner."""
    normalised = [normalise(text) for text in texts]
    tokens = [tokenise(n.text) if not n.empty else () for n in normalised]
    entities = [extract(n.text) for n in normalised]
    return list(map(Message.of, [n.text for n in normalised], tokens, entities))


def library_examples(lines: Iterable[Line]) -> Examples:
    """Library lines as examples: a line's first label weighs 1, a further one `ALSO_WEIGHT`."""
    return tuple((line.text, label, 1.0 if i == 0 else ALSO_WEIGHT)
                 for line in lines for i, label in enumerate(line.labels))


def own_examples(intents: Iterable[Intent]) -> Examples:
    """Each intent's own example questions (``examples`` in its data file), weighing 1."""
    return tuple((text, intent.name, 1.0) for intent in intents for text in intent.rules.example_texts)


@lru_cache(maxsize=1)
def bundled(intents: tuple[Intent, ...]) -> Examples:
    """The examples every shop learns from (one tuple, shared by every shop's fit key)."""
    return library_examples(library(tuple(intent.name for intent in intents))) + own_examples(intents)


def shop_examples(shop: Shop) -> Examples:
    return tuple((text, intent, SHOP_WEIGHT) for intent, data in sorted(shop.matching.items())
                 for text in data.examples)


def learned_for(shop: Shop, intents: Sequence[Intent]) -> Learned:
    """The learned matcher of ``shop``: the bundled examples and the shop's own."""
    return _fitted(tuple(intent.name for intent in intents), bundled(tuple(intents)), shop_examples(shop))


@lru_cache(maxsize=32)
def _fitted(names: tuple[str, ...], shared: Examples, own: Examples) -> Learned:
    texts = tuple(dict.fromkeys(text for text, _, _ in shared))
    return Learned.cached(names, shared + own, read_all, _reading_salt(), shared=texts)


@lru_cache(maxsize=1)
def _reading_salt() -> str:
    """What else decides how a text is read: the domain words and the names in botcore/data."""
    folder = resources.files("botcore") / "data"
    digest = hashlib.sha256()
    for name in ("domain_words.txt", "colours.txt", "couriers.yaml", "regions.yaml"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]
