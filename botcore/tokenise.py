"""Stage 2: split a normalised message into words with ONE shared jieba tokenizer.

The tokenizer loads jieba's dictionary plus xiaoer's domain words
(``botcore/data/domain_words.txt``: 包邮, 断码, 运费险 ...) once per process. Shop
vocabulary (product names, colours) is not added to jieba: `botcore.vocabulary` finds
it with an automaton, so a thousand shops share one tokenizer.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import jieba

__all__ = ["tokenise", "tokenizer"]

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The process-wide tokenizer (built on first use, about 0.5 s with jieba's cache)."""
    tok = jieba.Tokenizer()
    tok.initialize()
    words = (resources.files("botcore") / "data" / "domain_words.txt").read_text("utf-8")
    for line in words.splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            tok.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None)
    return tok


def tokenise(text: str) -> tuple[str, ...]:
    """Words of a normalised message, spaces dropped."""
    return tuple(word for word in tokenizer().lcut(text) if not word.isspace())
